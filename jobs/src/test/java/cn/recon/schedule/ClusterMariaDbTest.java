package cn.recon.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code recon scheduler} processes on one MariaDB database (Quartz clustered: same scheduler name, their own
 * instance ids) share the schedules: every fire time of a trigger runs once, on one of them (the other takes over
 * when the first stops), and a dropped file is loaded once. Skipped with a message when no MariaDB/MySQL answers on 127.0.0.1:3306 (root, no password).
 */
class ClusterMariaDbTest {

    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final String DATABASE = "recon_test_sched";
    private static final Pattern FIRED = Pattern.compile("schedule inbox-ingest fired \\(scheduled (\\S+)\\)");

    @TempDir
    Path dir;

    @Test
    void twoSchedulersFireEachTriggerOnce() throws Exception {
        assumeMariaDb();
        try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        Path inbox = dir.resolve("inbox");
        Map<String, String> env = Map.of("RECON_DB_URL", SERVER + DATABASE, "RECON_DB_USER", "root",
                "RECON_DB_PASSWORD", "");
        Path a = node("a");
        Path b = node("b");
        Map<String, String> props = Map.of("recon.inbox-dir", inbox.toString(), "recon.inbox.settle-seconds", "0");
        try (ChildRecon nodeA = ChildRecon.start(a, "scheduler.out", props, env, "scheduler", "--mysql");
                ChildRecon nodeB = ChildRecon.start(b, "scheduler.out", props, env, "scheduler", "--mysql")) {
            nodeA.awaitOutput("recon scheduler: running", Duration.ofSeconds(150));
            nodeB.awaitOutput("recon scheduler: running", Duration.ofSeconds(150));
            TestDb db = new TestDb(SERVER + DATABASE, "root", "");
            Waits.until("both instances checked in", Duration.ofSeconds(30), () -> db.count(
                    "SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE LAST_CHECKIN_TIME > ?",
                    System.currentTimeMillis() - 20_000) == 2);

            SimpleCsvOpener.write(inbox.resolve("hukou/hukou-cluster.csv"), 5, "c");
            Waits.untilExists(inbox.resolve("done/hukou-cluster.csv"), Duration.ofSeconds(60));
            Waits.until("3 fire times run", Duration.ofSeconds(30), () -> fires(a).size() + fires(b).size() >= 3);
            // the instance that took the trigger so far stops; the other one carries on with the same trigger
            boolean aLeads = fires(a).size() >= fires(b).size();
            ChildRecon first = aLeads ? nodeA : nodeB;
            ChildRecon second = aLeads ? nodeB : nodeA;
            Path secondHome = aLeads ? b : a;
            assertThat(first.terminate(Duration.ofSeconds(60))).isZero();
            int before = fires(secondHome).size();
            Waits.until("the other instance to take over", Duration.ofSeconds(40),
                    () -> fires(secondHome).size() >= before + 2);
            assertThat(second.terminate(Duration.ofSeconds(60))).isZero();

            List<String> firesA = fires(a);
            List<String> firesB = fires(b);
            System.out.println("fire times run: node a " + firesA + ", node b " + firesB);
            List<String> all = new ArrayList<>(firesA);
            all.addAll(firesB);
            assertThat(firesA).as("fire times run by node a").isNotEmpty();
            assertThat(firesB).as("fire times run by node b").isNotEmpty();
            assertThat(new HashSet<>(all)).as("no fire time ran twice").hasSameSizeAs(all);
            assertThat(db.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).as("the file loaded once").isEqualTo(1);
            assertThat(db.hukouRows("hukou-cluster.csv")).isEqualTo(5);
        }
    }

    private Path node(String name) throws Exception {
        Path home = dir.resolve("node-" + name);
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/schedules.yml"), """
                schedules:
                  inbox-ingest:
                    cron: "0/2 * * * * ?"
                    misfire: do-nothing
                  status-refresh:
                    cron: "0 0 3 * * ?"
                    misfire: fire-once-now
                    enabled: false
                  quarterly-reconciliation:
                    cron: "0 0 3 5 1,4,7,10 ?"
                    misfire: fire-once-now
                    enabled: false
                """);
        return home;
    }

    private static List<String> fires(Path home) throws Exception {
        List<String> out = new ArrayList<>();
        Matcher m = FIRED.matcher(Files.readString(home.resolve("logs/recon.log"), StandardCharsets.UTF_8));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void assumeMariaDb() {
        boolean up;
        try (Connection c = DriverManager.getConnection(SERVER + "?connectTimeout=2000", "root", "")) {
            up = c.isValid(2);
        } catch (SQLException e) {
            up = false;
        }
        if (!up) {
            System.out.println("SKIPPED: no MariaDB/MySQL server answers on 127.0.0.1:3306 (user root, empty "
                    + "password): the two-scheduler cluster test did not run");
        }
        Assumptions.assumeTrue(up, "no MariaDB/MySQL on 127.0.0.1:3306: cluster test skipped");
    }
}
