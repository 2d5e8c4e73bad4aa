package cn.recon.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.recon.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows written by {@link BulkInsert} read back exactly as written, whatever their text holds (tabs, line breaks,
 * backslashes, a literal \N, characters outside the BMP), on H2 (batched INSERTs) and on MariaDB (LOAD DATA LOCAL
 * INFILE); and what an INSERT refuses (a value too long, a duplicate key) fails the bulk load too instead of being
 * cut or skipped with a warning.
 */
class BulkInsertTest {

    @TempDir
    Path dir;

    private record Row(long key, String text, LocalDate day, Boolean flag, Double score, Integer count) {
    }

    private static final List<String> COLUMNS = List.of("k", "txt", "dt", "flag", "score", "cnt");

    private static final List<Row> ROWS = List.of(
            new Row(1, "岩温\t玉罕", LocalDate.of(2016, 2, 29), true, 0.99999, 3),
            new Row(2, "line one\nline two\r\nend", null, false, 1.0E-7, null),
            new Row(3, "C:\\path\\N and \\N", LocalDate.of(2026, 9, 30), null, null, 0),
            new Row(4, "\\N", LocalDate.of(1999, 12, 31), true, -2.5, -1),
            new Row(5, null, null, null, null, null),
            new Row(6, "𠀀𪚥 rare characters, \"quotes\" and 'apostrophes',", LocalDate.of(2000, 1, 1), false, 0.0,
                    Integer.MAX_VALUE));

    @Test
    void h2InsertsRowsThatReadBackExactly() {
        var ds = new DriverManagerDataSource("jdbc:h2:mem:bulk;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        BulkInsert bulk = BulkInsert.probe(jdbc);
        assertThat(bulk.loadsData()).isFalse();
        roundTripAndRefusals(jdbc, bulk, new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }

    /** A fresh MariaDB database, connected as config/application-mysql.yml connects (LOAD DATA LOCAL allowed). */
    private DriverManagerDataSource mariaDb(String name) {
        TestDatabases.assumeMariaDb();
        Map<String, Object> p = TestDatabases.mariaDb(name, dir);
        return new DriverManagerDataSource(p.get("spring.datasource.url") + "?allowLoadLocalInfile=true", "root", "");
    }

    @Test
    void mariaDbLoadsRowsThatReadBackExactly() {
        var ds = mariaDb("recon_bulk_test");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        BulkInsert bulk = BulkInsert.probe(jdbc);
        assertThat(bulk.loadsData()).as("MariaDB permits LOAD DATA LOCAL (local_infile=ON)").isTrue();
        roundTripAndRefusals(jdbc, bulk, new TransactionTemplate(new DataSourceTransactionManager(ds)));

        // without the driver's permission the probe says no, and rows go in by INSERT, still exactly
        var plain = new JdbcTemplate(new DriverManagerDataSource(ds.getUrl().replace("?allowLoadLocalInfile=true", ""),
                "root", ""));
        BulkInsert inserts = BulkInsert.probe(plain);
        assertThat(inserts.loadsData()).isFalse();
        plain.execute("DELETE FROM bulk_t");
        inserts.insert("bulk_t", COLUMNS, ROWS, BulkInsertTest::bind);
        assertThat(readBack(plain)).containsExactlyElementsOf(ROWS);
    }

    /** A server with local_infile=OFF: the probe says no (and why), and rows go in by INSERT. */
    @Test
    void aServerThatRefusesLocalInfileGetsInserts() {
        var ds = mariaDb("recon_bulk_off_test");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        String before = jdbc.queryForObject("SELECT @@GLOBAL.local_infile", String.class);
        try {
            jdbc.execute("SET GLOBAL local_infile = 0");
            BulkInsert inserts = BulkInsert.probe(jdbc);
            assertThat(inserts.loadsData()).isFalse();
            createTable(jdbc, "");
            inserts.insert("bulk_t", COLUMNS, ROWS, BulkInsertTest::bind);
            assertThat(readBack(jdbc)).containsExactlyElementsOf(ROWS);
        } finally {
            jdbc.execute("SET GLOBAL local_infile = " + ("1".equals(before) || "ON".equalsIgnoreCase(before) ? 1 : 0));
        }
    }

    @Test
    void aLoadInsideATransactionIsRolledBackWithIt() {
        var ds = mariaDb("recon_bulk_tx_test");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        createTable(jdbc, "");
        BulkInsert bulk = BulkInsert.probe(jdbc);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            bulk.insert("bulk_t", COLUMNS, ROWS, BulkInsertTest::bind);
            throw new IllegalStateException("the chunk fails after its rows were loaded");
        })).hasMessageContaining("chunk fails");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_t", Integer.class)).isZero();
    }

    /** Refusals in a transaction, as every caller writes: the failure rolls back whatever the load wrote. */
    private static void roundTripAndRefusals(JdbcTemplate jdbc, BulkInsert bulk, TransactionTemplate tx) {
        String charset = bulk.loadsData() ? " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" : "";
        createTable(jdbc, charset);
        bulk.insert("bulk_t", COLUMNS, ROWS, BulkInsertTest::bind);
        bulk.insert("bulk_t", COLUMNS, List.of(), BulkInsertTest::bind);
        assertThat(readBack(jdbc)).containsExactlyElementsOf(ROWS);

        List<Row> tooLong = List.of(new Row(10, "x".repeat(61), null, null, null, null));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> bulk.insert("bulk_t", COLUMNS, tooLong,
                BulkInsertTest::bind))).isInstanceOf(RuntimeException.class);
        List<Row> duplicate = List.of(new Row(11, "new", null, null, null, null), ROWS.get(0));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> bulk.insert("bulk_t", COLUMNS, duplicate,
                BulkInsertTest::bind))).isInstanceOf(RuntimeException.class);
        assertThat(readBack(jdbc)).containsExactlyElementsOf(ROWS);
    }

    private static void createTable(JdbcTemplate jdbc, String charset) {
        jdbc.execute("DROP TABLE IF EXISTS bulk_t");
        jdbc.execute("CREATE TABLE bulk_t (k BIGINT NOT NULL PRIMARY KEY, txt VARCHAR(60), dt DATE, flag BOOLEAN, "
                + "score DOUBLE, cnt INT)" + charset);
    }

    private static void bind(java.sql.PreparedStatement ps, Row r) throws java.sql.SQLException {
        ps.setLong(1, r.key());
        ps.setString(2, r.text());
        if (r.day() == null) {
            ps.setNull(3, Types.DATE);
        } else {
            ps.setDate(3, Date.valueOf(r.day()));
        }
        if (r.flag() == null) {
            ps.setNull(4, Types.BOOLEAN);
        } else {
            ps.setBoolean(4, r.flag());
        }
        if (r.score() == null) {
            ps.setNull(5, Types.DOUBLE);
        } else {
            ps.setDouble(5, r.score());
        }
        if (r.count() == null) {
            ps.setNull(6, Types.INTEGER);
        } else {
            ps.setInt(6, r.count());
        }
    }

    private static List<Row> readBack(JdbcTemplate jdbc) {
        return new ArrayList<>(jdbc.query("SELECT k, txt, dt, flag, score, cnt FROM bulk_t ORDER BY k", (rs, i) -> {
            Date d = rs.getDate(3);
            boolean flag = rs.getBoolean(4);
            Boolean f = rs.wasNull() ? null : flag;
            double score = rs.getDouble(5);
            Double s = rs.wasNull() ? null : score;
            int cnt = rs.getInt(6);
            Integer c = rs.wasNull() ? null : cnt;
            return new Row(rs.getLong(1), rs.getString(2), d == null ? null : d.toLocalDate(), f, s, c);
        }));
    }
}
