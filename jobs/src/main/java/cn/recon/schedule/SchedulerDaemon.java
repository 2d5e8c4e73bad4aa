package cn.recon.schedule;

import cn.recon.jobs.JobControl;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The long-lived scheduler ({@code recon scheduler}). {@link #start()} reads config/schedules.yml, brings the triggers
 * in line with it, re-runs schedules a shutdown interrupted and starts Quartz. {@link #shutdown()} (on SIGTERM) fires
 * nothing more, asks the Spring Batch executions of this process to stop at their next chunk boundary (they end
 * STOPPED and are resumed later), and waits for the scheduled jobs to return before Quartz shuts down.
 */
@Component
public class SchedulerDaemon {

    private static final Logger log = LoggerFactory.getLogger(SchedulerDaemon.class);

    private final Scheduler scheduler;
    private final InboxIngest inbox;
    private final JobControl control;
    private final StopSignal stop;
    private final Path schedulesFile;
    private final JdbcTemplate jdbc;

    public SchedulerDaemon(Scheduler scheduler, InboxIngest inbox, JobControl control, StopSignal stop,
            @Value("${recon.schedules-file}") Path schedulesFile, JdbcTemplate jdbc) {
        this.scheduler = scheduler;
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.control = control;
        this.stop = stop;
        this.schedulesFile = schedulesFile;
    }

    public ScheduleSettings start() throws SchedulerException {
        ScheduleSettings settings = ScheduleSettings.load(schedulesFile);
        inbox.prepareFolders();
        syncWithRetry(settings);
        resumeInterrupted();
        scheduler.start();
        log.info("scheduler started: instance {} of {}, {} schedules from {}", scheduler.getSchedulerInstanceId(),
                scheduler.getSchedulerName(), settings.schedules().stream().filter(ScheduleSpec::enabled).count(),
                schedulesFile);
        return settings;
    }

    /**
     * Removes this instance's check-in row after a clean shutdown (Quartz leaves it, and other processes would take
     * the instance for running until it expires): {@code schedule list} then says at once that it stopped.
     */
    private void forgetCheckIn(String name, String id) {
        try {
            jdbc.update("DELETE FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ? AND INSTANCE_NAME = ?", name, id);
        } catch (RuntimeException e) {
            log.debug("could not remove the check-in of instance {}: {}", id, e.getMessage());
        }
    }

    /**
     * Brings the store in line with the file. Two scheduler instances starting at the same moment on a fresh database
     * can collide (both insert the same job, before Quartz's lock rows exist); the loser tries again shortly.
     */
    private void syncWithRetry(ScheduleSettings settings) throws SchedulerException {
        for (int attempt = 1; ; attempt++) {
            try {
                ScheduleSync.apply(scheduler, settings);
                return;
            } catch (SchedulerException e) {
                if (attempt == 5) {
                    throw e;
                }
                log.info("schedules: another scheduler instance is updating them too ({}); trying again",
                        e.getMessage());
                try {
                    Thread.sleep(300L + java.util.concurrent.ThreadLocalRandom.current().nextLong(1200));
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    public String instanceId() throws SchedulerException {
        return scheduler.getSchedulerInstanceId();
    }

    /** Schedules whose last run a shutdown stopped run once more now; their batch jobs resume where they stopped. */
    private void resumeInterrupted() throws SchedulerException {
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(QuartzKeys.GROUP))) {
            JobDetail d = scheduler.getJobDetail(key);
            if (d == null || !d.getJobDataMap().containsKey(QuartzKeys.INTERRUPTED)) {
                continue;
            }
            JobDataMap data = new JobDataMap(d.getJobDataMap());
            data.remove(QuartzKeys.INTERRUPTED);
            scheduler.addJob(d.getJobBuilder().setJobData(data).build(), true);
            scheduler.triggerJob(key, new JobDataMap(Map.of(QuartzKeys.RESUME, "true")));
            log.info("schedule {} was stopped by the last shutdown: running it again to resume", key.getName());
        }
    }

    /** Graceful stop; returns once no scheduled job runs in this process any more and Quartz is shut down. */
    public void shutdown() {
        stop.set();
        try {
            if (scheduler.isShutdown()) {
                return;
            }
            scheduler.standby();
            long started = System.nanoTime();
            long lastLog = 0;
            while (true) {
                control.stopRunningInThisProcess();
                List<JobExecutionContext> running = scheduler.getCurrentlyExecutingJobs();
                if (running.isEmpty()) {
                    break;
                }
                long waited = (System.nanoTime() - started) / 1_000_000_000L;
                if (waited - lastLog >= 10 || lastLog == 0) {
                    lastLog = Math.max(waited, 1);
                    log.info("shutdown: waiting for {} to stop at a chunk boundary ({} s so far)",
                            running.stream().map(c -> c.getJobDetail().getKey().getName()).toList(), waited);
                }
                Thread.sleep(250);
            }
            String name = scheduler.getSchedulerName();
            String id = scheduler.getSchedulerInstanceId();
            scheduler.shutdown(true);
            forgetCheckIn(name, id);
            log.info("scheduler stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SchedulerException e) {
            log.error("scheduler shutdown failed", e);
        }
    }
}
