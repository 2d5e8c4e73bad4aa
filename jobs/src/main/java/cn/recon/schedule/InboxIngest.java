package cn.recon.schedule;

import cn.recon.ingest.IngestFiles;
import cn.recon.ingest.IngestParameters;
import cn.recon.jobs.Failures;
import cn.recon.jobs.JobRunner;
import cn.recon.person.Quarter;
import cn.recon.source.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The nightly inbox ingest: every file in {@code inbox/<source>/} is loaded by its own run of {@code ingestJob} for
 * the current quarter, then moved to {@code inbox/done/}, or to {@code inbox/failed/} with {@code <name>.reason.txt}.
 * The same content dropped twice is recognised (SHA-256): it is not loaded again and goes to done/ with a note. A run
 * stopped by a scheduler shutdown leaves its file in place; the next run resumes it.
 */
@Component
public class InboxIngest {

    private static final Logger log = LoggerFactory.getLogger(InboxIngest.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What became of one file. */
    public record FileOutcome(Source source, String fileName, TaskResult.Status status, Long executionId,
            String message) {
    }

    private final JobRunner runner;
    private final Job ingestJob;
    private final IngestFiles files;
    private final StopSignal stop;
    private final NightlyQuarter quarters;
    private final Inbox inbox;

    public InboxIngest(JobRunner runner, @Qualifier("ingestJob") Job ingestJob, IngestFiles files, StopSignal stop,
            NightlyQuarter quarters, @Value("${recon.inbox-dir}") Path inboxDir,
            @Value("${recon.inbox.settle-seconds:60}") long settleSeconds) {
        this.runner = runner;
        this.ingestJob = ingestJob;
        this.files = files;
        this.stop = stop;
        this.quarters = quarters;
        this.inbox = new Inbox(inboxDir, Duration.ofSeconds(settleSeconds));
    }

    /** Creates the inbox folders that are missing. */
    public void prepareFolders() {
        inbox.prepare();
    }

    public Path root() {
        return inbox.root();
    }

    /** Takes every ready file of the inbox, source by source, for the quarter of the fire day (one run at a time). */
    synchronized TaskResult run(FireInfo fire) throws IOException {
        inbox.prepare();
        Quarter quarter = quarters.of(fire.day());
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Path> later = new ArrayList<>();
        for (Source s : Source.values()) {
            for (Path f : inbox.ready(s, later)) {
                if (stop.isSet()) {
                    return summary(quarter, outcomes, later, true);
                }
                outcomes.add(ingest(s, f, quarter, fire.zone()));
            }
        }
        for (Path f : later) {
            log.info("inbox: {} is still being written (changed in the last moments); left for the next run",
                    inbox.root().relativize(f));
        }
        boolean stopped = outcomes.stream().anyMatch(o -> o.status() == TaskResult.Status.STOPPED);
        return summary(quarter, outcomes, later, stopped);
    }

    /** Loads one file and moves it according to the outcome. */
    FileOutcome ingest(Source source, Path file, Quarter quarter, ZoneId zone) throws IOException {
        String name = file.getFileName().toString();
        String where = "inbox/" + source.key() + "/" + name;
        JobExecution e = null;
        JobRunner.Outcome outcome;
        try {
            outcome = runner.run(ingestJob, new IngestParameters(quarter, Map.of(source, file), Map.of())
                    .toJobParameters());
            e = outcome.execution();
        } catch (Exception x) {
            String why = Failures.message(x);
            if (x instanceof IllegalStateException && why.contains("already running")) {
                log.warn("inbox: {} is being loaded by another run; left in place ({})", where, why);
                return new FileOutcome(source, name, TaskResult.Status.STOPPED, null, why);
            }
            return failed(source, file, quarter, zone, null, why);
        }
        Long id = e == null ? null : e.getId();
        if (outcome.alreadyComplete()) {
            String note = "同一文件（同名同内容）已由任务 " + id + " 载入 " + source.chinese() + " " + quarter
                    + "，未重复载入。\nThe same file (same name and content) was already loaded for " + source.key()
                    + " " + quarter + " by execution " + id + "; not loaded again.\n";
            inbox.moveToDone(file, note);
            log.info("inbox: {} was already loaded by execution {}; moved to done/ with a note", where, id);
            return new FileOutcome(source, name, TaskResult.Status.COMPLETED, id, "already loaded");
        }
        if (outcome.succeeded()) {
            String already = alreadyLoaded(e);
            inbox.moveToDone(file, already == null ? null : "内容与已载入的文件相同（SHA-256），未重复载入：" + already
                    + "\nSame content (SHA-256) as a file already loaded for " + source.key() + " " + quarter
                    + ": " + already + "; not loaded again (execution " + id + ").\n");
            log.info("inbox: {} {} (execution {}); moved to done/", where,
                    already == null ? "loaded" : "has the same content as an earlier file, not loaded again", id);
            return new FileOutcome(source, name, TaskResult.Status.COMPLETED, id, already == null ? "loaded"
                    : "same content already loaded");
        }
        if (e.getStatus() == BatchStatus.STOPPED || e.getStatus() == BatchStatus.STOPPING) {
            log.info("inbox: loading {} was stopped (execution {}); the file stays in the inbox and is resumed by the "
                    + "next run", where, id);
            return new FileOutcome(source, name, TaskResult.Status.STOPPED, id, "stopped");
        }
        String why = Failures.of(e);
        return failed(source, file, quarter, zone, id, why == null ? "the ingest job ended " + e.getStatus() : why);
    }

    private FileOutcome failed(Source source, Path file, Quarter quarter, ZoneId zone, Long id, String why)
            throws IOException {
        String name = file.getFileName().toString();
        String reason = "文件 File: " + name + "\n"
                + "来源 Source: " + source.chinese() + " (inbox/" + source.key() + "/)\n"
                + "季度 Quarter: " + quarter + "\n"
                + "时间 Time: " + LocalDateTime.now(zone).format(TIME) + " (" + zone + ")\n"
                + "原因 Reason: " + why + "\n"
                + (id == null ? "" : "任务 Job: ingestJob execution " + id + " (./recon jobs show " + id + ")\n")
                + "处理 What to do: 改正文件后重新放入 inbox/" + source.key() + "/ ; fix the file and drop it into inbox/"
                + source.key() + "/ again.\n";
        inbox.moveToFailed(file, reason);
        log.warn("inbox: inbox/{}/{} failed (execution {}): {}; moved to failed/ with {}.reason.txt", source.key(),
                name, id, why, name);
        return new FileOutcome(source, name, TaskResult.Status.FAILED, id, why);
    }

    /** "file N" when the run found the content already loaded (the ingest step says so in its exit description). */
    private String alreadyLoaded(JobExecution e) {
        for (StepExecution se : e.getStepExecutions()) {
            String d = se.getExitStatus().getExitDescription();
            if (d != null && d.startsWith("already loaded")) {
                String fileNo = d.replaceAll("\\D+", " ").strip();
                String known = "";
                try {
                    known = files.get(Long.parseLong(fileNo.split(" ")[0])).map(f -> " (" + f.fileName() + ")")
                            .orElse("");
                } catch (NumberFormatException ignored) {
                    // the description has no file number: say what it says
                }
                return d.replaceFirst("^already loaded as ", "") + known;
            }
        }
        return null;
    }

    private static TaskResult summary(Quarter q, List<FileOutcome> outcomes, List<Path> later, boolean stopped) {
        long done = outcomes.stream().filter(o -> o.status() == TaskResult.Status.COMPLETED).count();
        long failed = outcomes.stream().filter(o -> o.status() == TaskResult.Status.FAILED).count();
        long dup = outcomes.stream().filter(o -> o.message() != null && o.message().contains("already")).count();
        StringBuilder b = new StringBuilder();
        if (outcomes.isEmpty() && later.isEmpty()) {
            b.append("inbox empty");
        } else {
            b.append(q).append(": ").append(done).append(done == 1 ? " file" : " files").append(" done");
            if (dup > 0) {
                b.append(" (").append(dup).append(" already loaded)");
            }
            b.append(", ").append(failed).append(" failed");
            for (FileOutcome o : outcomes) {
                if (o.status() == TaskResult.Status.FAILED) {
                    b.append("; ").append(o.source().key()).append('/').append(o.fileName()).append(": ")
                            .append(o.message());
                }
            }
            if (!later.isEmpty()) {
                b.append("; ").append(later.size()).append(" still being written, left for the next run");
            }
        }
        if (stopped) {
            b.append("; stopped by shutdown, the rest is resumed by the next run");
            return TaskResult.stopped(b.toString());
        }
        return failed > 0 ? TaskResult.failed(b.toString()) : TaskResult.completed(b.toString());
    }
}
