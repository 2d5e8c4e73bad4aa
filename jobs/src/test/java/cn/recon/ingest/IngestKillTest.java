package cn.recon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.IdNumber;
import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: {@code recon ingest} in its own JVM is killed with SIGKILL in the middle of a file, then the same
 * command is run again. The second run must recognise the dead execution, recover it and finish with exactly the
 * rows of the file, none twice.
 */
class IngestKillTest {

    static final int ROWS = 100_000;

    @TempDir
    Path home;

    @Test
    void aRunKilledWithSigkillAndStartedAgainEndsWithExactlyTheRowsOfTheFile() throws Exception {
        Path file = home.resolve("hukou.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, Charset.forName("GB18030"))) {
            w.write("公民身份号码,姓名,性别,出生日期,乡镇街道,村居委会,人员状态\r\n");
            for (int i = 0; i < ROWS; i++) {
                String first17 = String.format("532822201%01d%02d%02d%03d", i % 10, 1 + i % 12, 1 + i % 28, i % 1000);
                w.write(first17 + IdNumber.checkCharacter(first17) + ",岩温" + i + ",男,,勐混镇,曼国村,正常\r\n");
            }
        }
        String url = "jdbc:h2:file:" + home.resolve("data").toAbsolutePath() + "/recon;AUTO_SERVER=TRUE";

        Process first = recon(file).start();
        // connect only once the run has opened the database (and so serves it): a first connection from here would
        // make this test the H2 server, and closing it would break the run
        Path lock = home.resolve("data").resolve("recon.lock.db");
        long opened = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(lock) && System.nanoTime() < opened && first.isAlive()) {
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        long loaded = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (loaded < 10_000 && System.nanoTime() < deadline && first.isAlive()) {
            Thread.sleep(200);
            loaded = count(url, "SELECT COUNT(*) FROM hukou_record");
        }
        assertThat(first.isAlive()).as(() -> "the first run was still loading when killed, but it ended: "
                + output(first)).isTrue();
        first.destroyForcibly();                       // SIGKILL: no shutdown hook, no cleanup
        first.waitFor(30, TimeUnit.SECONDS);
        assertThat(loaded).isBetween(10_000L, ROWS - 1L);

        Process second = recon(file).start();
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String out = new String(second.getInputStream().readAllBytes());
        assertThat(second.exitValue()).as(out).isZero();
        assertThat(out).contains("recovered and resumed");
        assertThat(count(url, "SELECT COUNT(*) FROM hukou_record")).isEqualTo(ROWS);
        assertThat(count(url, "SELECT COUNT(DISTINCT line_no) FROM hukou_record")).isEqualTo(ROWS);
        assertThat(count(url, "SELECT rows_loaded FROM ingest_file WHERE status = 'LOADED'")).isEqualTo(ROWS);
    }

    private ProcessBuilder recon(Path file) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Drecon.home=" + home.toAbsolutePath());
        cmd.add("-Drecon.mappings-dir=" + Path.of("mappings").toAbsolutePath());
        cmd.add("-Drecon.ingest.chunk-size=1000");
        cmd.add("cn.recon.cli.Main");
        cmd.add("ingest");
        cmd.add("--quarter=2026Q3");
        cmd.add("--hukou=" + file);
        return new ProcessBuilder(cmd).redirectErrorStream(true);
    }

    private static String output(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            if (e.getMessage().contains("not found") || e.getMessage().contains("Lock file")) {
                return 0;   // the schema is not there yet, or the database is being opened by the run
            }
            throw e;
        }
    }
}
