package cn.recon.schedule;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC look-ups into the database a test's recon processes share (H2 file with AUTO_SERVER, or MariaDB). */
record TestDb(String url, String user, String password) {

    static TestDb h2(Path home) {
        return new TestDb("jdbc:h2:file:" + home.resolve("data").toAbsolutePath() + "/recon;AUTO_SERVER=TRUE", "sa",
                "");
    }

    long count(String sql, Object... args) throws SQLException {
        return ((Number) one(sql, args)).longValue();
    }

    Object one(String sql, Object... args) throws SQLException {
        List<Object[]> rows = rows(sql, args);
        return rows.isEmpty() ? null : rows.get(0)[0];
    }

    List<Object[]> rows(String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Object[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    /** Rows of hukou_record loaded from the file of this name (any status). */
    long hukouRows(String fileName) throws SQLException {
        return count("SELECT COUNT(*) FROM hukou_record r JOIN ingest_file f ON f.file_id = r.file_id "
                + "WHERE f.file_name = ?", fileName);
    }

    /** The newest execution of ingestJob whose parameter hukou ends with this file name: id and status. */
    Object[] lastIngestOf(String fileName) throws SQLException {
        List<Object[]> r = rows("SELECT e.JOB_EXECUTION_ID, e.STATUS FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                + "WHERE p.PARAMETER_NAME = 'hukou' AND p.PARAMETER_VALUE LIKE ? ORDER BY e.JOB_EXECUTION_ID DESC",
                "%/" + fileName);
        return r.isEmpty() ? null : r.get(0);
    }
}
