package cn.recon.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.testing.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recon scheduler} running in its own process on the embedded H2 database (a file in a temporary folder),
 * driven by the files dropped into its inbox and by {@code recon schedule}/{@code recon jobs} commands run from this
 * process against the same database. The tests build on each other, in order: one scheduler start serves them all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchedulerH2Test {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @TempDir
    static Path home;

    private static ChildRecon scheduler;
    private static TestDb db;
    private static Path inbox;

    @BeforeAll
    static void startScheduler() throws Exception {
        Files.createDirectories(home.resolve("config"));
        // the inbox schedule fires every 2 seconds: a fire time is always a few seconds ahead
        Files.writeString(home.resolve("config/schedules.yml"), """
                time-zone: Asia/Shanghai
                schedules:
                  inbox-ingest:
                    cron: "0/2 * * * * ?"
                    misfire: fire-once-now
                  status-refresh:
                    cron: "0 0 3 * * ?"
                    misfire: fire-once-now
                    enabled: false
                  quarterly-reconciliation:
                    cron: "0 0 3 5 1,4,7,10 ?"
                    misfire: fire-once-now
                """);
        System.setProperty("recon.home", home.toString());
        System.setProperty("recon.test.simple-opener", "true");
        inbox = home.resolve("inbox");
        db = TestDb.h2(home);
        scheduler = ChildRecon.start(home, "scheduler.out", Map.of("recon.inbox.settle-seconds", "0",
                "recon.test.row-delay-ms", "20", "recon.test.progress-file", home.resolve("progress").toString(),
                "recon.ingest.chunk-size", "10"), Map.of(), "scheduler");
        scheduler.awaitOutput("recon scheduler: running", Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws Exception {
        if (scheduler != null) {
            scheduler.close();
        }
        System.clearProperty("recon.home");
        System.clearProperty("recon.test.simple-opener");
    }

    @Test
    @Order(1)
    void cronFiresTheInboxIngest_goodFileToDone_badFileToFailedWithReason() throws Exception {
        SimpleCsvOpener.write(inbox.resolve("hukou/hukou-good.csv"), 3, "g");
        Files.writeString(inbox.resolve("hukou/hukou-bad.csv"), "identity,name\n1,x\n", StandardCharsets.UTF_8);

        Waits.untilExists(inbox.resolve("done/hukou-good.csv"), WAIT);
        Path reason = inbox.resolve("failed/hukou-bad.csv.reason.txt");
        Waits.untilExists(reason, WAIT);
        assertThat(inbox.resolve("failed/hukou-bad.csv")).exists();
        assertThat(inbox.resolve("hukou")).isEmptyDirectory();
        String why = Files.readString(reason, StandardCharsets.UTF_8);
        assertThat(why).contains("hukou-bad.csv").contains("column 'id'").contains("inbox/hukou/")
                .contains("./recon jobs show");
        assertThat(db.hukouRows("hukou-good.csv")).isEqualTo(3);
        assertThat(db.one("SELECT status FROM ingest_file WHERE file_name = 'hukou-good.csv'")).isEqualTo("LOADED");

        Cli.Run list = Cli.run("jobs", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).containsPattern("ingestJob +\\S+ hukou=hukou-good.csv +COMPLETED .* 3 +3 +0")
                .containsPattern("hukou=hukou-bad.csv +FAILED .*column 'id' is missing");
        long failedId = Long.parseLong(match(why, "ingestJob execution (\\d+)"));
        Cli.Run show = Cli.run("jobs", "show", Long.toString(failedId));
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("FAILED").contains("checkExtractsStep").contains("failure: ")
                .contains("hukou-bad.csv: line 1: the required column 'id' is missing");
        assertThat(Cli.run("jobs", "show", "987654").exit()).as("an unknown execution is bad usage").isEqualTo(2);
    }

    @Test
    @Order(2)
    void theSameFileDroppedTwiceIsRecognisedAndNotLoadedAgain() throws Exception {
        SimpleCsvOpener.write(inbox.resolve("hukou/hukou-good.csv"), 3, "g");       // same name, same content
        SimpleCsvOpener.write(inbox.resolve("hukou/hukou-again.csv"), 3, "g");      // other name, same content

        Waits.until("both files handled", WAIT, () -> isEmpty(inbox.resolve("hukou")));
        assertThat(inbox.resolve("done/hukou-again.csv")).exists();
        assertThat(Files.readString(inbox.resolve("done/hukou-again.csv.note.txt"))).contains("Same content")
                .contains("hukou-good.csv").contains("not loaded again");
        List<Path> renamed = list(inbox.resolve("done")).stream()
                .filter(p -> p.getFileName().toString().matches("hukou-good\\.\\d{8}-\\d{6}\\.csv")).toList();
        assertThat(renamed).hasSize(1);
        assertThat(Files.readString(Inbox.sidecar(renamed.get(0), ".note.txt"))).contains("already loaded");
        assertThat(db.count("SELECT COUNT(*) FROM hukou_record")).as("nothing loaded twice").isEqualTo(3);
        assertThat(db.count("SELECT COUNT(*) FROM ingest_file WHERE status = 'LOADED'")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void pauseTriggerAndResumeShowInScheduleList() throws Exception {
        Cli.Run list = Cli.run("schedule", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("Scheduler: running")
                .containsPattern("inbox-ingest +SCHEDULED +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d +\\d{4}")
                .containsPattern("status-refresh +DISABLED")
                .containsPattern("quarterly-reconciliation +SCHEDULED .*0 0 3 5 1,4,7,10 \\? +fire-once-now");

        assertThat(Cli.run("schedule", "pause", "inbox-ingest").exit()).isZero();
        Cli.Run paused = Cli.run("schedule", "list");
        assertThat(paused.out()).containsPattern("inbox-ingest +PAUSED");
        String previousFire = match(paused.out(), "inbox-ingest +PAUSED +\\S+ \\S+ +(\\S+ \\S+)");

        SimpleCsvOpener.write(inbox.resolve("hukou/hukou-manual.csv"), 2, "m");
        Thread.sleep(3_000);
        assertThat(inbox.resolve("hukou/hukou-manual.csv")).as("a paused schedule does not fire").exists();
        Cli.Run trigger = Cli.run("schedule", "trigger", "inbox-ingest");
        assertThat(trigger.exit()).isZero();
        assertThat(trigger.out()).contains("Queued inbox-ingest on the running scheduler");
        Waits.untilExists(inbox.resolve("done/hukou-manual.csv"), WAIT);
        Waits.until("the run recorded", WAIT, () -> Cli.run("schedule", "list").out().contains("1 file done"));
        Cli.Run after = Cli.run("schedule", "list");
        assertThat(after.out()).containsPattern("inbox-ingest +PAUSED")
                .containsPattern("last run \\S+ \\S+: COMPLETED: \\d{4}Q\\d: 1 file done, 0 failed");
        assertThat(match(after.out(), "inbox-ingest +PAUSED +\\S+ \\S+ +(\\S+ \\S+)"))
                .as("a run by hand is not a fire of the cron trigger").isEqualTo(previousFire);

        assertThat(Cli.run("schedule", "resume", "inbox-ingest").exit()).isZero();
        assertThat(Cli.run("schedule", "list").out()).containsPattern("inbox-ingest +SCHEDULED");
        assertThat(Cli.run("schedule", "pause", "no-such-schedule").exit()).isEqualTo(2);
    }

    @Test
    @Order(4)
    void sigtermStopsTheRunningIngestAtAChunkBoundaryAndTheNextStartResumesIt() throws Exception {
        SimpleCsvOpener.write(inbox.resolve("hukou/hukou-slow.csv"), 300, "s");
        Waits.untilRowsRead(home.resolve("progress"), 45, WAIT);

        int exit = scheduler.terminate(Duration.ofSeconds(60));
        assertThat(exit).as("graceful stop").isZero();
        assertThat(scheduler.output()).contains("recon scheduler: stopped");
        Object[] stopped = db.lastIngestOf("hukou-slow.csv");
        assertThat(stopped[1]).isEqualTo("STOPPED");
        long rows = db.hukouRows("hukou-slow.csv");
        assertThat(rows).as("stopped in the middle").isBetween(40L, 290L);
        assertThat(rows % 10).as("at a chunk boundary (chunks of 10)").isZero();
        assertThat(inbox.resolve("hukou/hukou-slow.csv")).as("left for the next run").exists();
        long id = ((Number) stopped[0]).longValue();
        Cli.Run recover = Cli.run("jobs", "recover", Long.toString(id));
        assertThat(recover.exit()).isEqualTo(1);
        assertThat(recover.err()).contains("not running").contains("./recon jobs restart " + id);

        scheduler = ChildRecon.start(home, "scheduler-2.out", Map.of("recon.inbox.settle-seconds", "0",
                "recon.test.row-delay-ms", "5"), Map.of(), "scheduler");
        scheduler.awaitOutput("recon scheduler: running", Duration.ofSeconds(120));
        Waits.untilExists(inbox.resolve("done/hukou-slow.csv"), WAIT);
        assertThat(Files.readString(home.resolve("logs/recon.log")))
                .contains("schedule inbox-ingest was stopped by the last shutdown: running it again to resume");
        assertThat(db.hukouRows("hukou-slow.csv")).as("every row once").isEqualTo(300);
        assertThat(db.one("SELECT rows_loaded FROM ingest_file WHERE file_name = 'hukou-slow.csv'")).isEqualTo(300);
        assertThat(Cli.run("jobs", "list").out()).containsPattern(id + " +ingestJob .*STOPPED .*resumed by execution");
    }

    @Test
    @Order(5)
    void withoutSchedulerTriggerRunsTheScheduleInTheCommand() throws Exception {
        assertThat(scheduler.terminate(Duration.ofSeconds(60))).isZero();
        Path late = SimpleCsvOpener.write(inbox.resolve("hukou/hukou-late.csv"), 4, "l");
        Path fresh = SimpleCsvOpener.write(inbox.resolve("hukou/hukou-fresh.csv"), 4, "f");
        Files.setLastModifiedTime(late, FileTime.from(Instant.now().minusSeconds(600)));
        Waits.until("the scheduler's check-in to expire", Duration.ofSeconds(40),
                () -> Cli.run("schedule", "list").out().contains("Scheduler: not running"));

        Cli.Run trigger = Cli.run("schedule", "trigger", "inbox-ingest");
        assertThat(trigger.exit()).as(trigger.toString()).isZero();
        assertThat(trigger.out()).contains("No scheduler is running: running inbox-ingest here and now")
                .contains("inbox-ingest: COMPLETED").contains("1 file done")
                .contains("1 still being written, left for the next run");
        assertThat(inbox.resolve("done/hukou-late.csv")).exists();
        assertThat(fresh).as("copied moments ago: may still be being written").exists();
        assertThat(Cli.run("schedule", "list").out()).contains("Scheduler: not running")
                .containsPattern("last run \\S+ \\S+: COMPLETED: \\d{4}Q\\d: 1 file done");
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("'" + regex + "' in:\n" + text).isTrue();
        return m.group(1);
    }

    private static boolean isEmpty(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
