package cn.recon.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.testing.Cli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed in the middle of a step (SIGKILL: no chance to clean up) stays STARTED in the job repository with a
 * dead owner; {@code recon jobs} says so, and {@code jobs restart} recovers it and resumes it with no row loaded twice.
 */
class KilledRunH2Test {

    @TempDir
    Path home;

    @AfterEach
    void clear() {
        System.clearProperty("recon.home");
        System.clearProperty("recon.test.simple-opener");
    }

    @Test
    void killedMidStepIsShownAsGoneAndRestartCompletesItOnce() throws Exception {
        Path file = SimpleCsvOpener.write(home.resolve("extracts/hukou-slow.csv"), 300, "k");
        Path progress = home.resolve("progress");
        TestDb db = TestDb.h2(home);
        long pid;
        try (ChildRecon ingest = ChildRecon.start(home, "ingest.out", Map.of("recon.test.row-delay-ms", "20",
                "recon.test.progress-file", progress.toString(), "recon.ingest.chunk-size", "10"), Map.of(),
                "ingest", "--quarter", "2026Q1", "--hukou", file.toString())) {
            pid = ingest.pid();
            Waits.untilRowsRead(progress, 100, Duration.ofSeconds(120));   // 2 s in: older commits are on disk
            ingest.kill();
        }
        System.setProperty("recon.home", home.toString());
        System.setProperty("recon.test.simple-opener", "true");

        Object[] killed = db.lastIngestOf("hukou-slow.csv");
        long id = ((Number) killed[0]).longValue();
        assertThat(killed[1]).isEqualTo("STARTED");
        assertThat(db.count("SELECT pid FROM run_owner WHERE job_execution_id = ?", id)).isEqualTo(pid);
        long committed = db.hukouRows("hukou-slow.csv");
        // H2 writes commits to its file in the background: a kill can lose the last second of them, rows and
        // checkpoint together (they share each chunk's transaction), so the count is only known to be partial
        assertThat(committed).as("killed in the middle of the step").isLessThan(300L);
        assertThat(committed % 10).as("whole chunks").isZero();

        Cli.Run list = Cli.run("jobs", "list");
        assertThat(list.out()).containsPattern(id + " +ingestJob .* STARTED .*process gone: ./recon jobs restart " + id);
        Cli.Run stop = Cli.run("jobs", "stop", Long.toString(id));
        assertThat(stop.exit()).isEqualTo(1);
        assertThat(stop.err()).contains("process that is gone").contains("nothing to stop");
        assertThat(Cli.run("jobs", "show", Long.toString(id)).out()).contains("its process is gone")
                .contains("pid " + pid);

        Cli.Run restart = Cli.run("jobs", "restart", Long.toString(id));
        assertThat(restart.exit()).as(restart.toString()).isZero();
        assertThat(restart.out()).contains("recovered").contains("COMPLETED");
        assertThat(db.hukouRows("hukou-slow.csv")).as("every row exactly once").isEqualTo(300);
        assertThat(db.count("SELECT COUNT(DISTINCT line_no) FROM hukou_record")).isEqualTo(300);
        assertThat(db.one("SELECT status FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", id))
                .as("the killed execution, recovered").isEqualTo("FAILED");
        assertThat(db.one("SELECT status FROM ingest_file WHERE file_name = 'hukou-slow.csv'")).isEqualTo("LOADED");
        assertThat(Cli.run("jobs", "restart", Long.toString(id)).out()).contains("already completed");
    }
}
