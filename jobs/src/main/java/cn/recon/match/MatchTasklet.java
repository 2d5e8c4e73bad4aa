package cn.recon.match;

import cn.recon.ingest.IngestFiles;
import cn.recon.match.LinkStore.LinkRow;
import cn.recon.person.Quarter;
import cn.recon.source.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
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
        long cleared = links.clear(q);
        if (cleared > 0) {
            log.info("{} links of an earlier match of {} cleared", cleared, q);
        }
        long started = System.nanoTime();
        QuarterRecords loaded = QuarterRecords.load(jdbc, files, q);
        List<MatchRecord> records = loaded.records;
        List<VisitLinker.Visit> visits = loaded.visits;
        long loadedAt = System.nanoTime();
        log.info("matching {} records and {} visits of {} (loaded in {} ms)", records.size(), visits.size(), q,
                (loadedAt - started) / 1_000_000);

        PreviousLinks previous = new PreviousLinks(links.recordLinks(q.previous()));
        MatchResult result = new Matcher((phase, ms) -> log.info("match phase {}: {} ms", phase, ms))
                .match(records, previous, reviews.decisions(), settings, childIds());
        long matchedAt = System.nanoTime();
        // the record links are written on a thread of their own while the visits are linked: they come first in
        // key order (source, then child), so the visit links follow them, numbered on from where they end
        List<RecordLink> recordLinks = result.links();
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "match-link-writer");
            t.setDaemon(true);
            return t;
        });
        long rows;
        try {
            Future<Long> recordsWritten = background.submit(() -> {
                long written = writeRecordLinks(q, recordLinks, loaded);
                log.info("{} record links written in {} ms", written, (System.nanoTime() - matchedAt) / 1_000_000);
                return written;
            });
            List<VisitLinker.VisitLink> visitLinks;
            try {
                visitLinks = new VisitLinker(records, result, loaded.spans, homeVisitTypes.get()).linkAll(visits);
            } catch (RuntimeException | Error e) {
                awaitQuietly(recordsWritten);
                throw e;
            }
            log.info("visits linked in {} ms", (System.nanoTime() - matchedAt) / 1_000_000);
            rows = await(recordsWritten);
            rows += writeVisitLinks(q, visitLinks, visits, records.size(), loaded);
        } finally {
            background.shutdown();
        }
        // the result's links are one per record, in record order
        ownTransaction.executeWithoutResult(t -> reviews.open(q, result.reviewItems(), records,
                i -> result.links().get(i).childId()));
        log.info("{} links written; {} ms after matching", rows, (System.nanoTime() - matchedAt) / 1_000_000);
        contribution.incrementReadCount();
        contribution.incrementWriteCount(rows);
        var stats = result.stats();
        chunk.getStepContext().getStepExecution().getExecutionContext().putString("match.stats", stats.toString());
        log.info("match of {}: {}", q, stats);
        return RepeatStatus.FINISHED;
    }

    /** Writes the links of the records (户籍, 学籍, roster) in key order, from sequence 0; returns how many. */
    private long writeRecordLinks(Quarter q, List<RecordLink> links, QuarterRecords loaded) {
        String quarter = q.toString();
        return writeLinks(q, links, 0, l -> l.key().source(), RecordLink::childId, (l, key) -> new LinkRow(key,
                quarter, l.key().source().key(), loaded.fileId(l.index()), loaded.line(l.index()), l.key().key(),
                l.childId(), l.method().key(), l.score(), evidence(l.evidence())));
    }

    /** Writes the visit links in key order, numbered on after the record links ({@code first}); returns how many. */
    private long writeVisitLinks(Quarter q, List<VisitLinker.VisitLink> links, List<VisitLinker.Visit> visits,
            int first, QuarterRecords loaded) {
        String quarter = q.toString();
        return writeLinks(q, links, first, v -> Source.VISITS, VisitLinker.VisitLink::childId, (v, key) -> new LinkRow(
                key, quarter, Source.VISITS.key(), loaded.fileId(v.index()), loaded.line(v.index()),
                visits.get(v.index() - first).rosterId(), v.childId(), v.route().key(), null, null));
    }

    /**
     * Writes links in key order (by source, then child; see {@link #childOrder}), numbered from {@code first}, a batch
     * at a time; returns how many.
     */
    private <L> long writeLinks(Quarter q, List<L> links, long first, Function<L, Source> source,
            Function<L, String> childId, BiFunction<L, Long, LinkRow> row) {
        LinkWriter writer = new LinkWriter();
        long sequence = first;
        for (long order : childOrder(links.size(), p -> source.apply(links.get(p)), p -> childId.apply(links.get(p)))) {
            L link = links.get((int) (order & POSITION_MASK));
            writer.add(row.apply(link, LinkKeys.of(q, source.apply(link), sequence++)));
        }
        writer.flush();
        return writer.written;
    }

    private static long await(Future<Long> f) {
        try {
            return Parallel.result(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the links were written", e);
        }
    }

    /**
     * Waits for a write that is no longer wanted, because the step fails anyway. Never by interrupting it: H2 closes
     * its database file under a thread interrupted while it writes.
     */
    private static void awaitQuietly(Future<Long> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the step's own failure is the one reported
        }
    }

    private static final int POSITION_BITS = 26;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    /**
     * The positions 0..n-1 of links in the order they are stored: by source, then child id (their {@link LinkKeys}
     * are numbered in this order, which is the order the flag step and links.csv read them in). Each packs source,
     * child number (ids are C + 9 digits; no child sorts first) and position into one long, sorted as primitives; the
     * position is the low {@link #POSITION_BITS} bits.
     */
    static long[] childOrder(int n, IntFunction<Source> source, IntFunction<String> childId) {
        if (n > POSITION_MASK) {
            throw new IllegalStateException("more than " + POSITION_MASK + " records in one quarter");
        }
        long[] keys = new long[n];
        for (int p = 0; p < n; p++) {
            keys[p] = orderKey(source.apply(p), childId.apply(p), p);
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
        StringBuilder out = new StringBuilder(evidence.size() * 24);
        for (FieldEvidence e : evidence) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(e);
        }
        return out.toString();
    }
}
