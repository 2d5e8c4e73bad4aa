package cn.recon.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The machine-readable outputs of FORMATS.md: {@code flags.csv}, {@code links.csv}, {@code rejects.csv}. UTF-8
 * without BOM, a header row with the exact column names, RFC 4180 quoting (fields with commas, quotes or line
 * breaks are quoted, quotes doubled), records ending in {@code \n}.
 *
 * <p>These files are a contract for the data officer's own programs, not a report for other agencies: they carry
 * full citizen IDs and full source keys, and {@link MaskingSettings} does not apply to them. They must not be
 * handed to another recipient.
 *
 * <p>Push style, so a Spring Batch writer can feed it chunk by chunk: {@link #add} each item, then {@link #finish}.
 * Nothing is kept in memory but the set of distinct child ids (for the audit count).
 */
public final class CsvOutput<T> implements AutoCloseable {

    public static final String FLAGS_FILE = "flags.csv";
    public static final String LINKS_FILE = "links.csv";
    public static final String REJECTS_FILE = "rejects.csv";

    public static final String[] FLAGS_HEADER = {"quarter", "flag", "severity", "child_id", "roster_key",
        "school_key", "hukou_key", "id_number", "name", "township", "village", "status", "first_seen", "detail"};
    public static final String[] LINKS_HEADER = {"child_id", "source", "source_key", "file", "line", "method",
        "score"};
    public static final String[] REJECTS_HEADER = {"source", "file", "line", "reason", "raw"};

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final Path path;
    private final CSVPrinter printer;
    private final Function<T, Object[]> columns;
    private final Function<T, String> childId;
    private final Set<String> children = new HashSet<>();
    private long rows;
    private boolean closed;

    private CsvOutput(Path path, String[] header, Function<T, Object[]> columns, Function<T, String> childId) {
        this.path = path;
        this.columns = columns;
        this.childId = childId;
        try {
            Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            this.printer = new CSVPrinter(w, FORMAT);
            printer.printRecord((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** {@code flags.csv}: one row per (child, flag), full identifiers. */
    public static CsvOutput<FlagLine> flags(Path path) {
        return new CsvOutput<>(path, FLAGS_HEADER, f -> new Object[] {f.quarter(), f.flag(), f.severity(),
            f.childId(), f.rosterKey(), f.schoolKey(), f.hukouKey(), f.idNumber(), f.name(), f.township(),
            f.village(), f.status(), f.firstSeen(), f.detail()}, FlagLine::childId);
    }

    /** {@code links.csv}: one row per ingested source record. */
    public static CsvOutput<LinkLine> links(Path path) {
        return new CsvOutput<>(path, LINKS_HEADER, l -> new Object[] {l.childId(), l.source(), l.sourceKey(),
            l.file(), l.line(), l.method(), score(l.score())}, LinkLine::childId);
    }

    /** {@code rejects.csv}: one row per rejected source row. */
    public static CsvOutput<RejectLine> rejects(Path path) {
        return new CsvOutput<>(path, REJECTS_HEADER, r -> new Object[] {r.source(), r.file(), r.line(), r.reason(),
            r.raw()}, r -> null);
    }

    public static ReportFile writeFlags(Path path, Iterable<FlagLine> flags) {
        return writeAll(flags(path), flags);
    }

    public static ReportFile writeLinks(Path path, Iterable<LinkLine> links) {
        return writeAll(links(path), links);
    }

    public static ReportFile writeRejects(Path path, Iterable<RejectLine> rejects) {
        return writeAll(rejects(path), rejects);
    }

    private static <T> ReportFile writeAll(CsvOutput<T> out, Iterable<T> items) {
        try (out) {
            for (T item : items) {
                out.add(item);
            }
            return out.finish();
        }
    }

    public void add(T item) {
        try {
            printer.printRecord(columns.apply(item));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
        rows++;
        String id = childId.apply(item);
        if (id != null && !id.isEmpty()) {
            children.add(id);
        }
    }

    /** Flushes and closes the file; the audit facts of what was written. */
    public ReportFile finish() {
        close();
        return new ReportFile(path, Recipient.DATA_OFFICER, children.size(), rows);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    private static String score(Double s) {
        return s == null ? null : BigDecimal.valueOf(s).stripTrailingZeros().toPlainString();
    }
}
