package cn.recon.source;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Migration V7 gives the records of a database made before it their {@link RowKeys}, every column kept. */
class RowKeyMigrationTest {

    @TempDir
    Path dir;

    @Test
    void h2RecordsKeepTheirRowsAndGetTheirKeys() {
        var ds = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + "/recon", "sa", "");
        migrateAndCheck(ds, "classpath:db/migration/h2");
    }

    @Test
    void mariaDbRecordsKeepTheirRowsAndGetTheirKeys() {
        migrateAndCheck(TestDatabases.mariaDbDataSource("recon_row_key_test"), "classpath:db/migration/mysql");
    }

    private static void migrateAndCheck(DataSource ds, String location) {
        Flyway.configure().dataSource(ds).locations(location).target("6").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.update("INSERT INTO hukou_record (file_id, line_no, id_number, name, birth_date, mother_name, issues) "
                + "VALUES (3, 7, '110101201501010011', '岩温', DATE '2015-01-01', '玉罕', 'ID_CHECKSUM')");
        jdbc.update("INSERT INTO school_record (file_id, line_no, student_number, name, left_behind) "
                + "VALUES (4, 2, 'L5328222015000001', '玉香', TRUE)");
        jdbc.update("INSERT INTO roster_record (file_id, line_no, roster_id, name, exit_date) "
                + "VALUES (5, 9, 'R0001', '岩温', DATE '2026-08-01')");
        jdbc.update("INSERT INTO visit_record (file_id, line_no, roster_id, name, findings) "
                + "VALUES (6, 1, 'R0001', '岩温', '无')");

        Flyway.configure().dataSource(ds).locations(location).load().migrate();

        assertThat(jdbc.queryForMap("SELECT row_key, line_no, name, birth_date, mother_name, issues FROM hukou_record")
                .values().stream().map(String::valueOf).toList())
                .containsExactly(String.valueOf(RowKeys.of(3, 7)), "7", "岩温", "2015-01-01", "玉罕", "ID_CHECKSUM");
        assertThat(jdbc.queryForObject("SELECT row_key FROM school_record WHERE left_behind AND name = '玉香'",
                Long.class)).isEqualTo(RowKeys.of(4, 2));
        assertThat(jdbc.queryForObject("SELECT row_key FROM roster_record WHERE exit_date = DATE '2026-08-01'",
                Long.class)).isEqualTo(RowKeys.of(5, 9));
        assertThat(jdbc.queryForObject("SELECT row_key FROM visit_record WHERE findings = '无'", Long.class))
                .isEqualTo(RowKeys.of(6, 1));
        // a row now written with its key is found by key range, as the match step reads a file
        jdbc.update("INSERT INTO hukou_record (row_key, file_id, line_no, name) VALUES (?, 3, 8, '玉罕')",
                RowKeys.of(3, 8));
        List<String> names = jdbc.queryForList("SELECT name FROM hukou_record WHERE row_key BETWEEN ? AND ? "
                + "ORDER BY row_key", String.class, RowKeys.first(3), RowKeys.last(3));
        assertThat(names).containsExactly("岩温", "玉罕");
    }
}
