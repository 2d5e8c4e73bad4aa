package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Quarter;
import cn.recon.source.Source;
import cn.recon.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V6 gives the links of a database made before it their {@link LinkKeys}: in the order the match step
 * now writes (quarter, source, child id with no child first, file, line), with every column kept.
 */
class ChildLinkMigrationTest {

    @TempDir
    Path dir;

    @Test
    void h2LinksKeepTheirRowsAndGetKeysInChildOrder() {
        var ds = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + "/recon", "sa", "");
        migrateAndCheck(ds, "classpath:db/migration/h2");
    }

    @Test
    void mariaDbLinksKeepTheirRowsAndGetKeysInChildOrder() {
        migrateAndCheck(TestDatabases.mariaDbDataSource("recon_migration_test"), "classpath:db/migration/mysql");
    }

    private static void migrateAndCheck(DataSource ds, String location) {
        Flyway.configure().dataSource(ds).locations(location).target("5").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        String insert = "INSERT INTO child_link (quarter, source, file_id, line_no, source_key, child_id, method, "
                + "score, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        jdbc.update(insert, "2026Q3", "visits", 9, 4, "R2", "C000000002", "roster_id", null, null);
        jdbc.update(insert, "2026Q3", "visits", 9, 2, null, null, "unlinked", null, null);
        jdbc.update(insert, "2026Q3", "hukou", 7, 3, "110101201501010011", "C000000001", "id", null, null);
        jdbc.update(insert, "2026Q2", "school", 5, 8, "G1", "C000000002", "probability", 0.97, "name agrees +5.1");
        jdbc.update(insert, "2026Q3", "visits", 9, 3, "R1", "C000000001", "roster_id", null, null);
        jdbc.update(insert, "2026Q3", "hukou", 7, 2, "110101201501010022", "C000000002", "id", null, null);

        Flyway.configure().dataSource(ds).locations(location).load().migrate();

        List<String> rows = jdbc.query("SELECT * FROM child_link ORDER BY link_key", (rs, i) -> rs.getString("quarter")
                + " " + rs.getString("source") + " " + rs.getString("child_id") + " " + rs.getInt("line_no") + " "
                + rs.getString("method") + " " + rs.getObject("score") + " " + rs.getString("evidence"));
        assertThat(rows).containsExactly(
                "2026Q2 school C000000002 8 probability 0.97 name agrees +5.1",
                "2026Q3 hukou C000000001 3 id null null",
                "2026Q3 hukou C000000002 2 id null null",
                "2026Q3 visits null 2 unlinked null null",
                "2026Q3 visits C000000001 3 roster_id null null",
                "2026Q3 visits C000000002 4 roster_id null null");
        Quarter q3 = Quarter.parse("2026Q3");
        assertThat(jdbc.queryForList("SELECT link_key FROM child_link WHERE source = 'hukou' ORDER BY link_key",
                Long.class)).containsExactly(LinkKeys.of(q3, Source.HUKOU, 0), LinkKeys.of(q3, Source.HUKOU, 1));
        assertThat(jdbc.queryForObject("SELECT link_key FROM child_link WHERE quarter = '2026Q2'", Long.class))
                .isEqualTo(LinkKeys.of(Quarter.parse("2026Q2"), Source.SCHOOL, 0));
        assertThat(jdbc.queryForList("SELECT link_key FROM child_link WHERE source = 'visits' ORDER BY link_key",
                Long.class)).containsExactly(LinkKeys.of(q3, Source.VISITS, 0), LinkKeys.of(q3, Source.VISITS, 1),
                        LinkKeys.of(q3, Source.VISITS, 2));
    }
}
