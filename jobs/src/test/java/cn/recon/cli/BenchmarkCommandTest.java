package cn.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recon benchmark} with {@code --repeat}: the match phase run again in the same JVM on the database ingestion
 * left, each round replacing the links of the one before, and {@code --seed}/{@code --quarter} choosing the county.
 */
class BenchmarkCommandTest {

    @TempDir
    Path home;

    @BeforeEach
    void home() throws Exception {
        Path root = Path.of("").toAbsolutePath();   // the tests run in the project root
        Files.createSymbolicLink(home.resolve("config"), root.resolve("config"));
        Files.createSymbolicLink(home.resolve("mappings"), root.resolve("mappings"));
        System.setProperty("recon.home", home.toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("recon.home");
    }

    @Test
    void theMatchPhaseRepeatedInOneJvmReplacesItsLinksEachRound() throws Exception {
        String[] county = {"benchmark", "--county", "532823", "--children", "300", "--seed", "7", "--quarter",
            "2026Q3", "--work", home.resolve("work").toString()};
        String ingest = cli(0, concat(county, "--to", "ingest"));
        assertThat(ingest).contains("ingestJob").doesNotContain("matchJob");
        assertThat(home.resolve("work/county-532823-300-seed7/2026Q3/hukou.csv")).exists();

        String rounds = cli(0, concat(county, "--from", "match", "--to", "match", "--repeat", "3"));
        assertThat(rounds).contains("round 1 of 3", "round 2 of 3", "round 3 of 3");
        assertThat(count(rounds, "matchJob ")).isEqualTo(3);
        assertThat(count(rounds, "flagJob ")).isZero();

        Path db;
        try (var runs = Files.list(home.resolve("work/db"))) {
            db = runs.findFirst().orElseThrow();
        }
        String url = "jdbc:h2:file:" + db.resolve("recon") + ";AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            long records = query(c, "SELECT (SELECT COUNT(*) FROM hukou_record) + (SELECT COUNT(*) FROM school_record)"
                    + " + (SELECT COUNT(*) FROM roster_record) + (SELECT COUNT(*) FROM visit_record)");
            assertThat(records).isPositive();
            // one link per ingested record: the third round's, the earlier rounds' cleared
            assertThat(query(c, "SELECT COUNT(*) FROM child_link WHERE quarter = '2026Q3'")).isEqualTo(records);
            assertThat(query(c, "SELECT COUNT(*) FROM batch_job_execution e JOIN batch_job_instance i "
                    + "ON i.job_instance_id = e.job_instance_id "
                    + "WHERE i.job_name = 'matchJob' AND e.status = 'COMPLETED'")).isEqualTo(3);
        }
    }

    @Test
    void ingestIsNeverRepeatedAndNothingIsGeneratedForABadCommand() throws Exception {
        String out = cli(2, "benchmark", "--children", "300", "--repeat", "2", "--work", home.resolve("w").toString());
        assertThat(out).contains("--repeat");
        assertThat(home.resolve("w")).doesNotExist();
    }

    @Test
    void aRerunWithoutAnEarlierRunSaysSo() throws Exception {
        String out = cli(1, "benchmark", "--children", "300", "--from", "match", "--work",
                home.resolve("w").toString());
        assertThat(out).contains("no earlier run", "--to ingest");
        assertThat(home.resolve("w")).doesNotExist();
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int count(String text, String word) {
        Matcher m = Pattern.compile(Pattern.quote(word)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static long query(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs the command line in this JVM, asserting its exit status; returns what it printed (out and err). */
    private static String cli(int status, String... args) {
        Cli.Run run = Cli.run(args);
        assertThat(run.exit()).as(run::toString).isEqualTo(status);
        return run.out() + run.err();
    }
}
