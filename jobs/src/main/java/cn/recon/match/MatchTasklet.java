package cn.recon.match;

import cn.recon.ingest.IngestFiles;
import cn.recon.ingest.IngestFiles.FileEntry;
import cn.recon.jobs.Progress;
import cn.recon.match.LinkStore.LinkRow;
import cn.recon.person.Quarter;
import cn.recon.source.HukouRecord;
import cn.recon.source.RecordTable;
import cn.recon.source.RosterRecord;
import cn.recon.source.SchoolRecord;
import cn.recon.source.Source;
import cn.recon.source.VisitRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The match step: loads the quarter's current records as compact {@link MatchRecord}s, runs the {@link Matcher}
 * (deterministic, then probabilistic, with last quarter's links for stable ids and the data officer's decisions),
 * links the visits, and stores one link per ingested record plus the open review items. A failed step is rerun
 * whole: it starts by clearing the quarter's links.
 */
class MatchTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MatchTasklet.class);
    private static final int WRITE_BATCH = 20_000;

    private final JdbcTemplate jdbc;
    private final IngestFiles files;
    private final LinkStore links;
    private final ReviewStore reviews;
    private final MatchSettings settings;
    private final Supplier<Set<String>> homeVisitTypes;
    private final TransactionTemplate ownTransaction;

    MatchTasklet(JdbcTemplate jdbc, IngestFiles files, LinkStore links, ReviewStore reviews, MatchSettings settings,
            Supplier<Set<String>> homeVisitTypes, PlatformTransactionManager tx) {
        this.homeVisitTypes = homeVisitTypes;
        this.ownTransaction = new TransactionTemplate(tx);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.files = files;
        this.links = links;
        this.reviews = reviews;
        this.settings = settings;
    }

    /** Where each loaded record came from, by its index. */
    private static final class Origins {
        final List<Source> source = new ArrayList<>();
        final List<long[]> place = new ArrayList<>();

        int add(Source s, long fileId, int line) {
            source.add(s);
            place.add(new long[] {fileId, line});
            return source.size() - 1;
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        Quarter q = Quarter.parse(chunk.getStepContext().getStepExecution().getJobParameters().getString("quarter"));
        long started = System.nanoTime();
        ownTransaction.executeWithoutResult(t -> links.clear(q));
        Origins origins = new Origins();
        List<MatchRecord> records = new ArrayList<>();
        load(q, Source.HUKOU, (HukouRecord r) -> records.add(MatchRecord.of(r, origins.add(Source.HUKOU, r.fileId(),
                r.line()))));
        load(q, Source.SCHOOL, (SchoolRecord r) -> records.add(MatchRecord.of(r, origins.add(Source.SCHOOL,
                r.fileId(), r.line()))));
        Map<Integer, VisitLinker.RosterSpan> spans = new HashMap<>();
        load(q, Source.ROSTER, (RosterRecord r) -> {
            int index = origins.add(Source.ROSTER, r.fileId(), r.line());
            records.add(MatchRecord.of(r, index));
            spans.put(index, new VisitLinker.RosterSpan(r.registeredDate(), r.exitDate(), r.lastVisitDate()));
        });
        List<VisitLinker.Visit> visits = new ArrayList<>();
        load(q, Source.VISITS, (VisitRecord v) -> visits.add(VisitLinker.Visit.of(v, origins.add(Source.VISITS,
                v.fileId(), v.line()))));
        long loadedAt = System.nanoTime();
        log.info("matching {} records and {} visits of {} (loaded in {} ms)", records.size(), visits.size(), q,
                (loadedAt - started) / 1_000_000);

        PreviousLinks previous = new PreviousLinks(links.links(q.previous()).entrySet().stream().collect(
                Collectors.toMap(e -> RecordKey.parse(e.getKey()), Map.Entry::getValue, (a, b) -> a)));
        MatchResult result = new Matcher((phase, ms) -> log.info("match phase {}: {} ms", phase, ms))
                .match(records, previous, reviews.decisions(), settings, childIds());

        List<LinkRow> rows = new ArrayList<>(records.size() + visits.size());
        for (RecordLink l : result.links()) {
            long[] p = origins.place.get(l.index());
            rows.add(new LinkRow(q.toString(), l.key().source().key(), p[0], (int) p[1], l.key().key(), l.childId(),
                    l.method().key(), l.score(), evidence(l.evidence())));
        }
        for (VisitLinker.VisitLink v : new VisitLinker(records, result, spans, homeVisitTypes.get()).linkAll(visits)) {
            long[] p = origins.place.get(v.index());
            VisitLinker.Visit visit = visits.get(v.index() - records.size());
            rows.add(new LinkRow(q.toString(), Source.VISITS.key(), p[0], (int) p[1], visit.rosterId(),
                    v.childId(), v.route().key(), null, null));
        }
        long linkedAt = System.nanoTime();
        log.info("matched and visits linked in {} ms; writing {} links", (linkedAt - loadedAt) / 1_000_000,
                rows.size());
        // in transactions of their own, a batch at a time: one transaction of millions of rows is slow on H2 and
        // heavy on MySQL's undo log; a failed step is rerun whole anyway (it starts by clearing the quarter)
        for (int from = 0; from < rows.size(); from += WRITE_BATCH) {
            List<LinkRow> batch = rows.subList(from, Math.min(rows.size(), from + WRITE_BATCH));
            ownTransaction.executeWithoutResult(t -> links.insert(batch));
        }
        ownTransaction.executeWithoutResult(t -> reviews.open(q, result.reviewItems(), records));
        log.info("links written in {} ms", (System.nanoTime() - linkedAt) / 1_000_000);
        contribution.incrementReadCount();
        contribution.incrementWriteCount(rows.size());
        var stats = result.stats();
        chunk.getStepContext().getStepExecution().getExecutionContext().putString("match.stats", stats.toString());
        log.info("match of {}: {}", q, stats);
        return RepeatStatus.FINISHED;
    }

    private Supplier<String> childIds() {
        return new Supplier<>() {
            long next;
            long end;

            @Override
            public String get() {
                if (next == end) {
                    next = links.reserveChildIds(1000);
                    end = next + 1000;
                }
                return LinkStore.childId(next++);
            }
        };
    }

    static String evidence(List<FieldEvidence> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return null;
        }
        return evidence.stream().map(FieldEvidence::toString).collect(Collectors.joining("; "));
    }

    private <T> void load(Quarter q, Source s, java.util.function.Consumer<T> sink) {
        FileEntry f = files.current(s, q).orElse(null);
        if (f == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        RecordTable<T> table = (RecordTable<T>) RecordTable.of(s);
        jdbc.query(table.selectSql() + " WHERE file_id = ? ORDER BY line_no", rs -> {
            sink.accept(table.map(rs));
        }, f.fileId());
    }

}
