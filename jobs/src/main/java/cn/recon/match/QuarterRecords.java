package cn.recon.match;

import cn.recon.ingest.IngestFiles;
import cn.recon.ingest.IngestFiles.FileEntry;
import cn.recon.person.Quarter;
import cn.recon.source.HukouRecord;
import cn.recon.source.KeysetPages;
import cn.recon.source.Pack;
import cn.recon.source.RecordPacks;
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
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A quarter's current records as the match step needs them: compact {@link MatchRecord}s of 户籍, 学籍 and roster (in
 * that order, each file in line order), the visits after them, the roster's registration spans, and where each came
 * from. Each file is read from the {@link RecordPacks packs} ingestion wrote beside its rows (a few hundred values
 * instead of every column of every row), or from its rows when it has none. The four sources are read on two
 * threads, each into its own part of the arrays (its place is known from the row counts ingestion registered, checked
 * as the records come), so the result does not depend on which thread finishes first.
 */
final class QuarterRecords {

    private static final Logger log = LoggerFactory.getLogger(QuarterRecords.class);
    private static final int LOAD_PAGE = 50_000;
    private static final List<Source> ORDER = List.of(Source.HUKOU, Source.SCHOOL, Source.ROSTER, Source.VISITS);
    private static final Source[] SOURCES = Source.values();

    final List<MatchRecord> records;
    final List<VisitLinker.Visit> visits;
    final Map<Integer, VisitLinker.RosterSpan> spans;
    private final Map<Source, Long> fileIds = new EnumMap<>(Source.class);
    private final byte[] source;
    private final int[] line;

    private QuarterRecords(MatchRecord[] records, VisitLinker.Visit[] visits,
            Map<Integer, VisitLinker.RosterSpan> spans, byte[] source, int[] line) {
        this.records = Arrays.asList(records);
        this.visits = Arrays.asList(visits);
        this.spans = spans;
        this.source = source;
        this.line = line;
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

    /** Loads the quarter's current files' records, from their {@link RecordPacks packs} where they have them. */
    static QuarterRecords load(JdbcTemplate jdbc, IngestFiles files, Quarter q) {
        return load(jdbc, files, q, true);
    }

    /** Loads the quarter's current files' records; from their rows alone when {@code packs} is false (for tests). */
    static QuarterRecords load(JdbcTemplate jdbc, IngestFiles files, Quarter q, boolean packs) {
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

        // each source fills its own range of the arrays
        Map<Source, ObjIntConsumer<?>> sinks = new EnumMap<>(Source.class);
        sinks.put(Source.HUKOU, sink(Source.HUKOU, HukouRecord::line, (r, i) -> records[i] = MatchRecord.of(r, i),
                source, line));
        sinks.put(Source.SCHOOL, sink(Source.SCHOOL, SchoolRecord::line, (r, i) -> records[i] = MatchRecord.of(r, i),
                source, line));
        sinks.put(Source.ROSTER, sink(Source.ROSTER, RosterRecord::line, (r, i) -> {
            records[i] = MatchRecord.of(r, i);
            spans.put(i, new VisitLinker.RosterSpan(r.registeredDate(), r.exitDate(), r.lastVisitDate()));
        }, source, line));
        sinks.put(Source.VISITS, sink(Source.VISITS, VisitRecord::line,
                (v, i) -> visits[i - recordCount] = VisitLinker.Visit.of(v, i), source, line));
        List<Runnable> tasks = new ArrayList<>();
        // the largest first, so that the two threads finish close together
        for (Source s : List.of(Source.HUKOU, Source.VISITS, Source.SCHOOL, Source.ROSTER)) {
            tasks.add(() -> read(jdbc, current.get(s), base.get(s), end.get(s), sinks.get(s), packs));
        }
        try (Parallel two = new Parallel(2)) {
            two.map(tasks.size(), 1, (task, from, to) -> {
                tasks.get(task).run();
                return task;
            });
        }
        return out;
    }

    /**
     * Where a source's records go, whether read from packs or rows: record {@code i} of the quarter (its global index)
     * notes its source and line, then {@code build} makes what matching needs of it.
     */
    private static <T> ObjIntConsumer<T> sink(Source s, ToIntFunction<T> lineOf, ObjIntConsumer<T> build,
            byte[] sources, int[] lines) {
        byte b = (byte) s.ordinal();
        return (r, i) -> {
            sources[i] = b;
            lines[i] = lineOf.applyAsInt(r);
            build.accept(r, i);
        };
    }

    /**
     * Reads one file's records in line order into the indexes from {@code base} on: from the file's packs when it has
     * them (and they hold as many records as ingestion registered), else from its rows.
     */
    private static <T> void read(JdbcTemplate jdbc, FileEntry f, int base, int end, ObjIntConsumer<T> sink,
            boolean packs) {
        if (f == null) {
            return;
        }
        if (packs && readFromPacks(jdbc, f, base, end, sink)) {
            return;
        }
        readRows(jdbc, f, base, end, sink);
    }

    /**
     * Reads a file from its packs; false, having said why, when they do not hold its records exactly as ingestion
     * registered them (then it is read from its rows, which overwrite whatever the packs put in its indexes).
     */
    private static <T> boolean readFromPacks(JdbcTemplate jdbc, FileEntry f, int base, int end,
            ObjIntConsumer<T> sink) {
        long packed;
        try {
            packed = readPacks(jdbc, f, base, end, sink);
        } catch (Pack.Malformed e) {
            log.warn("{}: a pack of its records cannot be read ({}); read from its rows instead", f.fileName(),
                    e.getMessage());
            return false;
        }
        if (packed == end - base) {
            return true;
        }
        if (packed == 0) {
            log.info("{}: read from its rows (ingested without packs, by an earlier version)", f.fileName());
        } else if (packed < 0) {
            log.info("{}: read from its rows (its packs are of another version's format)", f.fileName());
        } else {
            log.warn("{}: its packs hold {} records, ingestion registered {}; read from its rows instead",
                    f.fileName(), packed, end - base);
        }
        return false;
    }

    /**
     * Reads a file's packs into the indexes from {@code base} on (any beyond {@code end} are counted, not stored);
     * returns how many records they hold, -1 when a pack is of another format.
     */
    @SuppressWarnings("unchecked")
    private static <T> long readPacks(JdbcTemplate jdbc, FileEntry f, int base, int end, ObjIntConsumer<T> sink) {
        int[] next = {base};
        return RecordPacks.read(jdbc, f.source(), f.fileId(), o -> {
            int i = next[0]++;
            if (i < end) {
                sink.accept((T) o, i);
            }
        });
    }

    /**
     * Reads one file's records from its rows in line order, a page at a time ({@link KeysetPages#scan} over the row
     * key: no long-open cursor, no sort), into the indexes from {@code base} on.
     */
    @SuppressWarnings("unchecked")
    private static <T> void readRows(JdbcTemplate jdbc, FileEntry f, int base, int end, ObjIntConsumer<T> sink) {
        RecordTable<T> table = (RecordTable<T>) RecordTable.of(f.source());
        int[] next = {base};
        KeysetPages.scan(jdbc, "SELECT " + String.join(", ", table.columns()) + ", row_key FROM " + table.table(),
                "row_key", RowKeys.first(f.fileId()), RowKeys.last(f.fileId()), LOAD_PAGE, rs -> {
                    T r = table.map(rs, 0);
                    int i = next[0]++;
                    if (i >= end) {
                        throw new IllegalStateException(f.fileName() + ": more records in the database than "
                                + "ingestion registered (" + (end - base) + "); is another process loading it?");
                    }
                    sink.accept(r, i);
                });
        if (next[0] != end) {
            throw new IllegalStateException(f.fileName() + ": " + (next[0] - base) + " records in the database, "
                    + (end - base) + " registered by ingestion; is another process loading it?");
        }
    }
}
