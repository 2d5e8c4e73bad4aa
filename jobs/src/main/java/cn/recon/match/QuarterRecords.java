package cn.recon.match;

import cn.recon.ingest.IngestFiles;
import cn.recon.ingest.IngestFiles.FileEntry;
import cn.recon.person.Quarter;
import cn.recon.source.HukouRecord;
import cn.recon.source.KeysetPages;
import cn.recon.source.RecordTable;
import cn.recon.source.RosterRecord;
import cn.recon.source.RowKeys;
import cn.recon.source.SchoolRecord;
import cn.recon.source.Source;
import cn.recon.source.VisitRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.ObjIntConsumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A quarter's current records as the match step needs them: compact {@link MatchRecord}s of 户籍, 学籍 and roster (in
 * that order, each file in line order), the visits after them, the roster's registration spans, and where each came
 * from. 户籍, 学籍 and roster are read on two threads, and the visits, which matching does not need, on a third
 * started after them, so that they load while matching leaves a core idle; {@link #visits()} waits for them. Each
 * source goes into its own part of the arrays (its place is known from the row counts ingestion registered, checked as
 * the rows come), so the result does not depend on which thread finishes first.
 */
final class QuarterRecords {

    private static final int LOAD_PAGE = 50_000;
    private static final List<Source> ORDER = List.of(Source.HUKOU, Source.SCHOOL, Source.ROSTER, Source.VISITS);
    private static final Source[] SOURCES = Source.values();

    final List<MatchRecord> records;
    private final List<VisitLinker.Visit> visits;
    private final int visitCount;
    private Future<?> visitsLoaded = CompletableFuture.completedFuture(null);
    final Map<Integer, VisitLinker.RosterSpan> spans;
    private final Map<Source, Long> fileIds = new EnumMap<>(Source.class);
    private final byte[] source;
    private final int[] line;

    private QuarterRecords(MatchRecord[] records, VisitLinker.Visit[] visits,
            Map<Integer, VisitLinker.RosterSpan> spans, byte[] source, int[] line) {
        this.records = Arrays.asList(records);
        this.visits = Arrays.asList(visits);
        this.visitCount = visits.length;
        this.spans = spans;
        this.source = source;
        this.line = line;
    }

    /** How many visits there are (known before they are loaded). */
    int visitCount() {
        return visitCount;
    }

    /** The visits, after them the records; waits until they are loaded and throws what failed loading them. */
    List<VisitLinker.Visit> visits() {
        try {
            Parallel.result(visitsLoaded);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the visits were loaded", e);
        }
        return visits;
    }

    /**
     * Waits for the visits to be loaded, ignoring how that ended: for a step that fails anyway. Never by interrupting
     * the loading thread: H2 closes its database file under a thread interrupted while it reads.
     */
    void awaitVisitsQuietly() {
        try {
            visitsLoaded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the step's own failure is the one reported
        }
    }

    Source source(int index) {
        return SOURCES[source[index]];
    }

    long fileId(int index) {
        return fileIds.get(source(index));
    }

    int line(int index) {
        return line[index];
    }

    /** Loads the quarter's current files' records, and starts loading their visits (see {@link #visits()}). */
    static QuarterRecords load(JdbcTemplate jdbc, IngestFiles files, Quarter q) {
        Map<Source, FileEntry> current = new EnumMap<>(Source.class);
        Map<Source, Integer> base = new EnumMap<>(Source.class);
        Map<Source, Integer> end = new EnumMap<>(Source.class);
        int total = 0;
        for (Source s : ORDER) {
            FileEntry f = files.current(s, q).orElse(null);
            base.put(s, total);
            if (f != null) {
                current.put(s, f);
                // the count ingestion registered (a COUNT(*) would read every row once more); checked when read
                Integer n = f.rowsLoaded() != null ? f.rowsLoaded() : jdbc.queryForObject("SELECT COUNT(*) FROM "
                        + RecordTable.of(s).table() + " WHERE row_key BETWEEN ? AND ?", Integer.class,
                        RowKeys.first(f.fileId()), RowKeys.last(f.fileId()));
                total += n == null ? 0 : n;
            }
            end.put(s, total);
        }
        int recordCount = base.get(Source.VISITS);
        MatchRecord[] records = new MatchRecord[recordCount];
        VisitLinker.Visit[] visits = new VisitLinker.Visit[total - recordCount];
        byte[] source = new byte[total];
        int[] line = new int[total];
        Map<Integer, VisitLinker.RosterSpan> spans = new HashMap<>();
        QuarterRecords out = new QuarterRecords(records, visits, spans, source, line);
        current.forEach((s, f) -> out.fileIds.put(s, f.fileId()));

        // each source fills its own range of the arrays. 户籍 and 学籍, the largest, are read in two halves at once,
        // towards each other: the first half's lines upwards from the range's start, the second half's downwards from
        // its end, so neither needs to know where the other ends. Repeated values (names, places, dates, a visit's
        // kind) are shared through a pool per part (ValuePool).
        List<Part> parts = new ArrayList<>();
        for (Source s : List.of(Source.HUKOU, Source.SCHOOL)) {
            FileEntry f = current.get(s);
            int half = f == null ? 0 : (end.get(s) - base.get(s)) / 2 + 1; // lines from 2 on: about half the rows
            parts.add(new Part(f, 0, half, false, base.get(s), end.get(s), sink(s, records, visits, spans, recordCount)));
            parts.add(new Part(f, half + 1, -1, true, base.get(s), end.get(s), sink(s, records, visits, spans,
                    recordCount)));
        }
        parts.add(new Part(current.get(Source.ROSTER), 0, -1, false, base.get(Source.ROSTER), end.get(Source.ROSTER),
                sink(Source.ROSTER, records, visits, spans, recordCount)));
        int[] counts = new int[parts.size()];
        try (Parallel two = new Parallel(2)) {
            two.map(parts.size(), 1, (k, from, to) -> counts[k] = read(jdbc, parts.get(k), source, line));
        }
        for (Source s : List.of(Source.HUKOU, Source.SCHOOL, Source.ROSTER)) {
            int read = 0;
            for (int k = 0; k < parts.size(); k++) {
                read += parts.get(k).file() != null && parts.get(k).file().source() == s ? counts[k] : 0;
            }
            checkCount(current.get(s), read, end.get(s) - base.get(s));
        }
        Part visitPart = new Part(current.get(Source.VISITS), 0, -1, false, recordCount, source.length,
                sink(Source.VISITS, records, visits, spans, recordCount));
        FutureTask<Void> visitsTask = new FutureTask<>(() -> {
            checkCount(visitPart.file(), read(jdbc, visitPart, source, line), visits.length);
            return null;
        });
        Thread loader = new Thread(visitsTask, "match-visit-loader");
        loader.setDaemon(true);
        loader.start();
        out.visitsLoaded = visitsTask;
        return out;
    }

    /** Where a source's rows go: the record built from row {@code i} of the quarter (its global index). */
    private static Sink<?> sink(Source s, MatchRecord[] records, VisitLinker.Visit[] visits,
            Map<Integer, VisitLinker.RosterSpan> spans, int recordCount) {
        ValuePool pool = new ValuePool();
        return switch (s) {
            case HUKOU -> new Sink<HukouRecord>((r, i) -> records[i] = MatchRecord.of(r, i).shared(pool));
            case SCHOOL -> new Sink<SchoolRecord>((r, i) -> records[i] = MatchRecord.of(r, i).shared(pool));
            case ROSTER -> new Sink<RosterRecord>((r, i) -> {
                records[i] = MatchRecord.of(r, i).shared(pool);
                spans.put(i, new VisitLinker.RosterSpan(r.registeredDate(), r.exitDate(), r.lastVisitDate())
                        .shared(pool));
            });
            case VISITS -> new Sink<VisitRecord>((v, i) -> visits[i - recordCount] = VisitLinker.Visit.of(v, i)
                    .shared(pool));
        };
    }

    private static void checkCount(FileEntry f, int read, int registered) {
        if (f != null && read != registered) {
            throw new IllegalStateException(f.fileName() + ": " + read + " records in the database, " + registered
                    + " registered by ingestion; is another process loading it?");
        }
    }

    /** Where a source's rows go: the record built from row {@code i} of the quarter (its global index). */
    private record Sink<T>(ObjIntConsumer<T> put) {
    }

    /**
     * The rows of a file (none when null) whose lines lie in [{@code fromLine}, {@code toLine}] ({@code -1}: to the
     * last), read into the file's indexes [{@code base}, {@code end}): upwards from {@code base} in line order, or
     * when {@code down} from {@code end - 1} downwards in reverse line order.
     */
    private record Part(FileEntry file, int fromLine, int toLine, boolean down, int base, int end, Sink<?> sink) {
    }

    /**
     * Reads a part of one file's records a page at a time ({@link KeysetPages#scan} over the row key: no long-open
     * cursor, no sort); returns how many.
     */
    private static <T> int read(JdbcTemplate jdbc, Part p, byte[] source, int[] line) {
        FileEntry f = p.file();
        if (f == null) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        RecordTable<T> table = (RecordTable<T>) RecordTable.of(f.source());
        @SuppressWarnings("unchecked")
        ObjIntConsumer<T> put = ((Sink<T>) p.sink()).put();
        byte s = (byte) f.source().ordinal();
        int[] next = {p.down() ? p.end() - 1 : p.base()};
        int[] count = {0};
        RowCallbackHandler row = rs -> {
            T r = table.map(rs, 0);
            int i = p.down() ? next[0]-- : next[0]++;
            if (i < p.base() || i >= p.end()) {
                throw new IllegalStateException(f.fileName() + ": more records in the database than ingestion "
                        + "registered (" + (p.end() - p.base()) + "); is another process loading it?");
            }
            source[i] = s;
            line[i] = rs.getInt(2); // line_no, the second of the columns
            put.accept(r, i);
            count[0]++;
        };
        String select = "SELECT " + String.join(", ", table.columns()) + ", row_key FROM " + table.table();
        long from = RowKeys.of(f.fileId(), p.fromLine());
        long to = p.toLine() < 0 ? RowKeys.last(f.fileId()) : RowKeys.of(f.fileId(), p.toLine());
        if (p.down()) {
            KeysetPages.scanDescending(jdbc, select, "row_key", from, to, LOAD_PAGE, row);
        } else {
            KeysetPages.scan(jdbc, select, "row_key", from, to, LOAD_PAGE, row);
        }
        return count[0];
    }
}
