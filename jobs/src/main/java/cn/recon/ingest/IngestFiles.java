package cn.recon.ingest;

import cn.recon.person.Quarter;
import cn.recon.source.RecordTable;
import cn.recon.source.RowKeys;
import cn.recon.source.Source;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The register of extract files ({@code ingest_file}). A file's records count only while its status is LOADED; the
 * newest LOADED file of a source and quarter supersedes older ones. The same content (SHA-256) is never loaded twice
 * for one source and quarter.
 */
@Repository
public class IngestFiles {

    public static final String LOADING = "LOADING";
    public static final String LOADED = "LOADED";
    public static final String FAILED = "FAILED";
    public static final String SUPERSEDED = "SUPERSEDED";

    /** One registered file. */
    public record FileEntry(long fileId, Source source, String quarter, String fileName, String filePath,
            String sha256, String status, Integer rowsLoaded, Integer rowsRejected, Integer rowsSkipped,
            String message, String layout, Instant createdAt, Instant finishedAt) {
    }

    private final JdbcTemplate jdbc;

    public IngestFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FileEntry> find(Source source, Quarter quarter, String sha256) {
        return jdbc.query(SELECT + " WHERE source = ? AND quarter = ? AND sha256 = ? ORDER BY file_id DESC",
                IngestFiles::map, source.key(), quarter.toString(), sha256).stream().findFirst();
    }

    public Optional<FileEntry> get(long fileId) {
        return jdbc.query(SELECT + " WHERE file_id = ?", IngestFiles::map, fileId).stream().findFirst();
    }

    /** Registers a new file in state LOADING and returns its id. */
    public long register(Source source, Quarter quarter, Path file, String sha256, long jobExecutionId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO ingest_file (source, quarter, file_name, file_path, sha256, "
                    + "status, job_execution_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"file_id"});
            ps.setString(1, source.key());
            ps.setString(2, quarter.toString());
            ps.setString(3, file.getFileName().toString());
            ps.setString(4, file.toAbsolutePath().toString());
            ps.setString(5, sha256);
            ps.setString(6, LOADING);
            ps.setLong(7, jobExecutionId);
            ps.setTimestamp(8, Timestamp.from(Instant.now()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Takes over a file left LOADING or FAILED by an earlier run: its partial rows are deleted, it starts afresh. */
    public void reset(FileEntry entry, long jobExecutionId) {
        deleteRowsAfter(entry.fileId(), entry.source(), 0);
        jdbc.update("UPDATE ingest_file SET status = ?, message = NULL, job_execution_id = ?, finished_at = NULL "
                + "WHERE file_id = ?", LOADING, jobExecutionId, entry.fileId());
    }

    public void layout(long fileId, String layout) {
        jdbc.update("UPDATE ingest_file SET layout = ? WHERE file_id = ?", truncate(layout, 500), fileId);
    }

    /** Marks a file loaded with its counts, and every older loaded file of the same source and quarter superseded. */
    public void markLoaded(long fileId, int loaded, int rejected, int skipped) {
        FileEntry e = get(fileId).orElseThrow();
        jdbc.update("UPDATE ingest_file SET status = ?, message = ? WHERE source = ? AND quarter = ? AND status = ? "
                + "AND file_id <> ?", SUPERSEDED, "superseded by file " + fileId, e.source().key(), e.quarter(),
                LOADED, fileId);
        jdbc.update("UPDATE ingest_file SET status = ?, rows_loaded = ?, rows_rejected = ?, rows_skipped = ?, "
                + "finished_at = ? WHERE file_id = ?", LOADED, loaded, rejected, skipped,
                Timestamp.from(Instant.now()), fileId);
    }

    public void markFailed(long fileId, String message) {
        jdbc.update("UPDATE ingest_file SET status = ?, message = ?, finished_at = ? WHERE file_id = ?", FAILED,
                truncate(message, 2000), Timestamp.from(Instant.now()), fileId);
    }

    /** The file in force for a source and quarter: the newest LOADED one. */
    public Optional<FileEntry> current(Source source, Quarter quarter) {
        return jdbc.query(SELECT + " WHERE source = ? AND quarter = ? AND status = ? ORDER BY file_id DESC",
                IngestFiles::map, source.key(), quarter.toString(), LOADED).stream().findFirst();
    }

    public List<FileEntry> all() {
        return jdbc.query(SELECT + " ORDER BY file_id", IngestFiles::map);
    }

    /**
     * Removes a file's rows stored after a line (records and rejects, and the packs of the chunks that began after it:
     * a chunk's pack is keyed by its first line, and a chunk never spans a checkpoint); returns how many rows.
     */
    int deleteRowsAfter(long fileId, Source source, int line) {
        jdbc.update("DELETE FROM record_pack WHERE pack_key > ? AND pack_key <= ?", RowKeys.of(fileId, line),
                RowKeys.last(fileId));
        return jdbc.update("DELETE FROM " + RecordTable.of(source).table() + " WHERE row_key > ? AND row_key <= ?",
                RowKeys.of(fileId, line), RowKeys.last(fileId))
                + jdbc.update("DELETE FROM ingest_reject WHERE file_id = ? AND line_no > ?", fileId, line);
    }


    private static String truncate(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }

    private static final String SELECT = "SELECT file_id, source, quarter, file_name, file_path, sha256, status, "
            + "rows_loaded, rows_rejected, rows_skipped, message, layout, created_at, finished_at FROM ingest_file";

    private static FileEntry map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp fin = rs.getTimestamp("finished_at");
        return new FileEntry(rs.getLong("file_id"), Source.of(rs.getString("source")), rs.getString("quarter"),
                rs.getString("file_name"), rs.getString("file_path"), rs.getString("sha256"), rs.getString("status"),
                (Integer) rs.getObject("rows_loaded", Integer.class), rs.getObject("rows_rejected", Integer.class),
                rs.getObject("rows_skipped", Integer.class), rs.getString("message"), rs.getString("layout"),
                rs.getTimestamp("created_at").toInstant(), fin == null ? null : fin.toInstant());
    }
}
