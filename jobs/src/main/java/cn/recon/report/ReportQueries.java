package cn.recon.report;

import cn.recon.ingest.IngestFiles;
import cn.recon.ingest.IngestFiles.FileEntry;
import cn.recon.match.LinkKeys;
import cn.recon.person.Quarter;
import cn.recon.person.Sex;
import cn.recon.source.Cursors;
import cn.recon.source.KeysetPages;
import cn.recon.source.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads what the reports need from the database, streaming where it can be large (flags, links, rejects), so the
 * writers receive rows one at a time.
 */
@Repository
public class ReportQueries {

    private static final int LINK_PAGE = 20_000;

    private static final String[] STATE = {"name", "sex", "birth_date", "id_number", "township", "village",
        "roster_key", "school_key", "hukou_key", "guardian_name", "last_school", "school_status", "child_director",
        "visit_required", "visit_done"};

    private final JdbcTemplate jdbc;
    private final IngestFiles files;

    public ReportQueries(JdbcTemplate jdbc, IngestFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /**
     * Every flag of the quarter with the child's details, ordered by township, village and child. A RESOLVED flag
     * of a child gone this quarter carries the child's details as they were last quarter.
     */
    public void flagLines(Quarter q, Consumer<FlagLine> sink) {
        StringBuilder cols = new StringBuilder();
        for (String c : STATE) {
            cols.append(", COALESCE(s.").append(c).append(", p.").append(c).append(") AS ").append(c);
        }
        List<YearMonth> months = q.months();
        String sql = "SELECT f.code, f.severity, f.child_id, f.status, f.first_seen, f.detail, f.key_child" + cols
                + " FROM flag f LEFT JOIN child_state s ON s.quarter = f.quarter AND s.child_id = f.child_id"
                + " LEFT JOIN child_state p ON p.quarter = ? AND p.child_id = f.child_id"
                + " WHERE f.quarter = ? ORDER BY township, village, f.child_id, f.code";
        jdbc.query(con -> {
            var ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(Cursors.streamingFetchSize(con, 2000));
            ps.setString(1, q.previous().toString());
            ps.setString(2, q.toString());
            return ps;
        }, rs -> {
            String code = rs.getString("code");
            List<YearMonth> missing = List.of();
            if ("VISIT_OVERDUE".equals(code)) {
                int due = rs.getInt("visit_required") & ~rs.getInt("visit_done");
                missing = new ArrayList<>(3);
                for (int i = 0; i < 3; i++) {
                    if ((due & (1 << i)) != 0) {
                        missing.add(months.get(i));
                    }
                }
            }
            String sex = rs.getString("sex");
            Date birth = rs.getDate("birth_date");
            sink.accept(new FlagLine(q.toString(), code, rs.getString("severity"), rs.getString("child_id"),
                    rs.getString("roster_key"), rs.getString("school_key"), rs.getString("hukou_key"),
                    rs.getString("id_number"), rs.getString("name"), rs.getString("township"),
                    rs.getString("village"), rs.getString("status"), rs.getString("first_seen"),
                    rs.getString("detail"), sex == null ? null : "M".equals(sex) ? Sex.MALE : Sex.FEMALE,
                    birth == null ? null : birth.toLocalDate(), rs.getString("guardian_name"),
                    rs.getString("last_school"), rs.getString("school_status"), rs.getString("child_director"),
                    rs.getBoolean("key_child"), missing));
        });
    }

    /** Children per township: sources, age bands and home-visit coverage per month (rules' own facts). */
    public List<TownshipSummary> townships(Quarter q) {
        Map<String, int[]> t = new TreeMap<>();
        jdbc.query("SELECT township, in_hukou, in_school, active_in_roster, key_child, age, visit_required, "
                + "visit_done FROM child_state WHERE quarter = ?", rs -> {
                    String name = rs.getString(1) == null ? "（乡镇不详）" : rs.getString(1);
                    int[] c = t.computeIfAbsent(name, k -> new int[19]);
                    c[0]++;
                    c[1] += rs.getBoolean(2) ? 1 : 0;
                    c[2] += rs.getBoolean(3) ? 1 : 0;
                    boolean roster = rs.getBoolean(4);
                    boolean key = rs.getBoolean(5);
                    c[3] += roster ? 1 : 0;
                    int age = rs.getInt(6);
                    if (!rs.wasNull()) {
                        c[age <= 5 ? 4 : age <= 13 ? 5 : 6] += age <= 17 ? 1 : 0;
                    }
                    int req = rs.getInt(7);
                    int done = rs.getInt(8);
                    for (int i = 0; i < 3; i++) {
                        boolean due = roster && (req & (1 << i)) != 0;
                        boolean visited = due && (done & (1 << i)) != 0;
                        c[7 + i * 4] += due ? 1 : 0;
                        c[8 + i * 4] += visited ? 1 : 0;
                        c[9 + i * 4] += due && key ? 1 : 0;
                        c[10 + i * 4] += visited && key ? 1 : 0;
                    }
                }, q.toString());
        List<TownshipSummary> out = new ArrayList<>();
        List<YearMonth> months = q.months();
        t.forEach((name, c) -> {
            List<VisitCoverage> v = new ArrayList<>(3);
            for (int i = 0; i < 3; i++) {
                v.add(new VisitCoverage(months.get(i), c[7 + i * 4], c[8 + i * 4], c[9 + i * 4], c[10 + i * 4]));
            }
            out.add(new TownshipSummary(name, c[0], c[1], c[2], c[3], c[4], c[5], c[6], v));
        });
        return out;
    }

    /** Rows read and rejected per current file, how its records were linked, and review items still open. */
    public DataQuality quality(Quarter q) {
        Map<Long, Map<String, Long>> methods = new HashMap<>();
        jdbc.query("SELECT file_id, method, COUNT(*) FROM child_link WHERE link_key BETWEEN ? AND ? "
                + "GROUP BY file_id, method ORDER BY file_id, method", rs -> {
                    methods.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                }, LinkKeys.first(q), LinkKeys.last(q));
        List<DataQuality.FileQuality> out = new ArrayList<>();
        for (FileEntry f : currentFiles(q)) {
            long read = n(f.rowsLoaded()) + n(f.rowsRejected()) + n(f.rowsSkipped());
            out.add(new DataQuality.FileQuality(f.source().chinese(), f.fileName(), read, n(f.rowsRejected()),
                    methods.getOrDefault(f.fileId(), Map.of())));
        }
        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM review_item WHERE quarter = ? AND status = 'OPEN'",
                Integer.class, q.toString());
        return new DataQuality(out, open == null ? 0 : open);
    }

    /**
     * One line per ingested record of the quarter's current files, source by source in child order (the order of the
     * link table's primary key, {@link LinkKeys}: a province's links stream without a sort), a page of keys at a
     * time, so that no cursor stays open for the whole report.
     */
    public void links(Quarter q, Consumer<LinkLine> sink) {
        Map<Long, String> names = fileNames(q);
        KeysetPages.scan(jdbc, "SELECT link_key, child_id, source, source_key, file_id, line_no, method, score FROM "
                + "child_link", "link_key", LinkKeys.first(q), LinkKeys.last(q), LINK_PAGE, rs -> {
                    double score = rs.getDouble(8);
                    Double s = rs.wasNull() ? null : score;
                    sink.accept(new LinkLine(rs.getString(2), rs.getString(3), rs.getString(4),
                            names.get(rs.getLong(5)), rs.getInt(6), rs.getString(7), s));
                });
    }

    /** Rejected rows (identifying nobody) of the quarter's current files. */
    public void rejects(Quarter q, Consumer<RejectLine> sink) {
        for (FileEntry f : currentFiles(q)) {
            jdbc.query("SELECT line_no, reason, raw_text FROM ingest_reject WHERE file_id = ? AND kind = 'REJECTED' "
                    + "ORDER BY file_id, line_no", rs -> {
                        sink.accept(new RejectLine(f.source().key(), f.fileName(), rs.getInt(1), rs.getString(2),
                                rs.getString(3)));
                    }, f.fileId());
        }
    }

    /** The quarter's input files with their SHA-256, as registered when loaded. */
    public List<RunNotes.InputFile> inputs(Quarter q) {
        List<RunNotes.InputFile> out = new ArrayList<>();
        for (FileEntry f : currentFiles(q)) {
            Path p = Path.of(f.filePath());
            long bytes;
            try {
                bytes = Files.isRegularFile(p) ? Files.size(p) : 0L;
            } catch (java.io.IOException e) {
                bytes = 0L;
            }
            out.add(new RunNotes.InputFile(f.source().chinese(), f.fileName(), bytes, f.sha256()));
        }
        return out;
    }

    public boolean hasPreviousRun(Quarter q) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM child_state WHERE quarter = ?", Integer.class,
                q.previous().toString());
        return n != null && n > 0;
    }

    private List<FileEntry> currentFiles(Quarter q) {
        List<FileEntry> out = new ArrayList<>();
        for (Source s : Source.values()) {
            files.current(s, q).ifPresent(out::add);
        }
        return out;
    }

    private Map<Long, String> fileNames(Quarter q) {
        Map<Long, String> m = new HashMap<>();
        for (FileEntry f : currentFiles(q)) {
            m.put(f.fileId(), f.fileName());
        }
        return m;
    }

    private static long n(Integer i) {
        return i == null ? 0 : i;
    }
}
