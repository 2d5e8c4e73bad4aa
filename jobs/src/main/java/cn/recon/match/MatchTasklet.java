package cn.recon.match;

import cn.recon.ingest.IngestFiles;
import cn.recon.match.LinkStore.LinkRow;
import cn.recon.person.Quarter;
import cn.recon.source.Source;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** Link rows written a batch at a time, each batch in a transaction of its own. */
    private final class LinkWriter {
        private final List<LinkRow> batch = new ArrayList<>(WRITE_BATCH);
        private long written;

        void add(LinkRow row) {
            batch.add(row);
            if (batch.size() == WRITE_BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                ownTransaction.executeWithoutResult(t -> links.insert(batch));
                written += batch.size();
                batch.clear();
            }
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        Quarter q = Quarter.parse(chunk.getStepContext().getStepExecution().getJobParameters().getString("quarter"));
        long started = System.nanoTime();
        ownTransaction.executeWithoutResult(t -> links.clear(q));
        QuarterRecords loaded = QuarterRecords.load(jdbc, files, q);
        List<MatchRecord> records = loaded.records;
        List<VisitLinker.Visit> visits = loaded.visits;
        long loadedAt = System.nanoTime();
        log.info("matching {} records and {} visits of {} (loaded in {} ms)", records.size(), visits.size(), q,
                (loadedAt - started) / 1_000_000);

        PreviousLinks previous = new PreviousLinks(links.links(q.previous()).entrySet().stream().collect(
                Collectors.toMap(e -> RecordKey.parse(e.getKey()), Map.Entry::getValue, (a, b) -> a)));
        MatchResult result = new Matcher((phase, ms) -> log.info("match phase {}: {} ms", phase, ms))
                .match(records, previous, reviews.decisions(), settings, childIds());
        List<VisitLinker.VisitLink> visitLinks = new VisitLinker(records, result, loaded.spans, homeVisitTypes.get())
                .linkAll(visits);
        long linkedAt = System.nanoTime();
        log.info("matched and visits linked in {} ms; writing {} links", (linkedAt - loadedAt) / 1_000_000,
                result.links().size() + visitLinks.size());
        // in transactions of their own, a batch at a time: one transaction of millions of rows is slow on H2 and
        // heavy on MySQL's undo log; a failed step is rerun whole anyway (it starts by clearing the quarter)
        LinkWriter writer = new LinkWriter();
        String quarter = q.toString();
        int recordLinks = result.links().size();
        long sequence = 0;
        for (long order : childOrder(result.links(), visitLinks)) {
            int at = (int) (order & POSITION_MASK);
            if (at < recordLinks) {
                RecordLink l = result.links().get(at);
                int i = l.index();
                Source s = l.key().source();
                writer.add(new LinkRow(LinkKeys.of(q, s, sequence++), quarter, s.key(), loaded.fileId(i),
                        loaded.line(i), l.key().key(), l.childId(), l.method().key(), l.score(),
                        evidence(l.evidence())));
            } else {
                VisitLinker.VisitLink v = visitLinks.get(at - recordLinks);
                int i = v.index();
                writer.add(new LinkRow(LinkKeys.of(q, Source.VISITS, sequence++), quarter, Source.VISITS.key(),
                        loaded.fileId(i), loaded.line(i), visits.get(i - records.size()).rosterId(), v.childId(),
                        v.route().key(), null, null));
            }
        }
        writer.flush();
        // the result's links are one per record, in record order
        ownTransaction.executeWithoutResult(t -> reviews.open(q, result.reviewItems(), records,
                i -> result.links().get(i).childId()));
        log.info("links written in {} ms", (System.nanoTime() - linkedAt) / 1_000_000);
        long rows = writer.written;
        contribution.incrementReadCount();
        contribution.incrementWriteCount(rows);
        var stats = result.stats();
        chunk.getStepContext().getStepExecution().getExecutionContext().putString("match.stats", stats.toString());
        log.info("match of {}: {}", q, stats);
        return RepeatStatus.FINISHED;
    }

    private static final int POSITION_BITS = 26;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    /**
     * The links in the order they are stored: by source, then child id (their {@link LinkKeys} are numbered in this
     * order, which is the order the flag step and links.csv read them in), as positions into the record links
     * followed by the visit links. Each packs source, child number (ids are C + 9 digits; no child sorts first) and
     * position into one long, sorted as primitives.
     */
    static long[] childOrder(List<RecordLink> links, List<VisitLinker.VisitLink> visits) {
        if (links.size() + visits.size() > POSITION_MASK) {
            throw new IllegalStateException("more than " + POSITION_MASK + " records in one quarter");
        }
        long[] keys = new long[links.size() + visits.size()];
        for (int p = 0; p < links.size(); p++) {
            RecordLink l = links.get(p);
            keys[p] = orderKey(l.key().source(), l.childId(), p);
        }
        for (int p = 0; p < visits.size(); p++) {
            keys[links.size() + p] = orderKey(Source.VISITS, visits.get(p).childId(), links.size() + p);
        }
        Arrays.sort(keys);
        return keys;
    }

    private static long orderKey(Source source, String childId, int position) {
        long s = source.keyRank();
        long child = childId == null ? 0 : childNumber(childId) + 1;
        return (s << 57) | (child << POSITION_BITS) | position;
    }

    /** The number of a child id ({@code C} + 9 digits); anything else would break the stored order, so it fails. */
    static long childNumber(String childId) {
        if (childId.length() != 10 || childId.charAt(0) != 'C') {
            throw new IllegalStateException("not a child id: " + childId);
        }
        long n = 0;
        for (int i = 1; i < 10; i++) {
            char c = childId.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalStateException("not a child id: " + childId);
            }
            n = n * 10 + (c - '0');
        }
        return n;
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
}
