package cn.recon.source;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Sex;
import cn.recon.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Each source's record goes into its table and comes back equal, read by position both as the match step reads it
 * (its columns first) and as the flag step does (after two columns of the link): every field a different value, so
 * two columns read in each other's place would show; and a record with every optional field empty.
 */
class RecordTablesTest {

    private static final LocalDate D1 = LocalDate.of(2015, 8, 31);
    private static final LocalDate D2 = LocalDate.of(2026, 2, 2);
    private static final LocalDate D3 = LocalDate.of(2024, 12, 1);
    private static final LocalDate D4 = LocalDate.of(2026, 6, 30);

    @TempDir
    Path dir;

    @Test
    void h2ReadsBackWhatWasWritten() {
        DataSource ds = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("db") + "", "sa", "");
        roundTrips(ds, "classpath:db/migration/h2");
    }

    @Test
    void mariaDbReadsBackWhatWasWritten() {
        roundTrips(TestDatabases.mariaDbDataSource("recon_tables_test"), "classpath:db/migration/mysql");
    }

    private static void roundTrips(DataSource ds, String migrations) {
        Flyway.configure().dataSource(ds).locations(migrations).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        roundTrip(jdbc, new HukouTable(), List.of(
                new HukouRecord(1, 2, "a", "b", "c", "d", "e", Sex.FEMALE, D1, "f", "g", "h", "i", "j", "k", "l", "m",
                        D2, "n", "o", "p", "q", "r"),
                new HukouRecord(1, 3, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null)));
        roundTrip(jdbc, new SchoolTable(), List.of(
                new SchoolRecord(1, 2, "a", "G", "c", "d", "e", "f", "g", Sex.MALE, D1, "h", "i", "j", "k", "l", "m",
                        "n", "o", D2, "p", "q", true, "r"),
                new SchoolRecord(1, 3, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null)));
        roundTrip(jdbc, new RosterTable(), List.of(
                new RosterRecord(1, 2, "a", "b", "c", Sex.FEMALE, "d", "e", "f", D1, "g", false, "h", "i", "j", "k",
                        "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", D2, D3, "y", D4, "z"),
                new RosterRecord(1, 3, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null)));
        roundTrip(jdbc, new VisitTable(), List.of(
                new VisitRecord(1, 2, "a", "b", "c", "d", "e", "f", "g", "h", D1, "i", "j", "k", "l", "m", "n"),
                new VisitRecord(1, 3, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null)));
    }

    private static <T> void roundTrip(JdbcTemplate jdbc, RecordTable<T> table, List<T> records) {
        // written as ingestion writes them (line = position + 2, as in a file with a header row)
        List<Integer> positions = IntStream.range(0, records.size()).boxed().toList();
        BulkInsert.probe(jdbc).insert(table.table(), table.insertColumns(), positions,
                (ps, p) -> table.bindWithKey(ps, records.get(p), 1, p + 2));
        String cols = String.join(", ", table.columns());
        List<T> first = jdbc.query("SELECT " + cols + ", row_key FROM " + table.table() + " ORDER BY row_key",
                (rs, n) -> table.map(rs, 0));
        List<T> afterTwo = jdbc.query("SELECT row_key, 'x', " + cols + " FROM " + table.table() + " ORDER BY row_key",
                (rs, n) -> table.map(rs, 2));
        assertThat(first).as(table.table()).containsExactlyElementsOf(new ArrayList<>(records));
        assertThat(afterTwo).as(table.table()).containsExactlyElementsOf(new ArrayList<>(records));
    }
}
