package cn.recon.schedule;

import java.time.Instant;
import java.time.ZoneId;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.PersistJobDataAfterExecution;
import org.quartz.Scheduler;
import org.quartz.CronTrigger;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job behind every schedule: runs the schedule's {@link Task} and keeps how its last run ended in the job
 * data (shown by {@code schedule list}). Never runs twice at once for one schedule, across all scheduler instances
 * of the cluster. A failed run is reported to Quartz as a job failure; the schedule carries on.
 */
@DisallowConcurrentExecution
@PersistJobDataAfterExecution
public class ScheduledTaskJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ScheduledTaskJob.class);
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final ScheduledTasks tasks;
    private final StopSignal stop;

    public ScheduledTaskJob(ScheduledTasks tasks, StopSignal stop) {
        this.tasks = tasks;
        this.stop = stop;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String name = context.getJobDetail().getKey().getName();
        JobDataMap data = context.getJobDetail().getJobDataMap();
        Task task = Task.ofKey(data.getString(QuartzKeys.TASK));
        FireInfo fire = fireInfo(name, context);
        data.put(QuartzKeys.LAST_START, Instant.now().toString());
        data.remove(QuartzKeys.INTERRUPTED);
        log.info("schedule {} fired ({}{}{})", name, fire.manual() ? "run now" : "scheduled " + fire.scheduled(),
                context.isRecovering() ? ", recovering a run cut short by a crash" : "",
                fire.resume() ? ", resuming a run stopped by a shutdown" : "");
        TaskResult result;
        if (task == null) {
            result = TaskResult.failed("unknown task '" + data.getString(QuartzKeys.TASK) + "'; restart the scheduler "
                    + "so that it reads config/schedules.yml again");
        } else {
            try {
                result = tasks.run(task, fire);
            } catch (Exception e) {
                log.error("schedule {} failed", name, e);
                result = TaskResult.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        if (result.status() == TaskResult.Status.STOPPED && stop.isSet()) {
            data.put(QuartzKeys.INTERRUPTED, "true");
        }
        data.put(QuartzKeys.LAST_END, Instant.now().toString());
        data.put(QuartzKeys.LAST_RESULT, cut(result.line(), 500));
        if (result.status() == TaskResult.Status.FAILED) {
            log.error("schedule {}: {}", name, result.line());
            throw new JobExecutionException(name + ": " + result.summary(), false);
        }
        log.info("schedule {}: {}", name, result.line());
    }

    private static FireInfo fireInfo(String name, JobExecutionContext context) throws JobExecutionException {
        JobDataMap merged = context.getMergedJobDataMap();
        TriggerKey own = QuartzKeys.trigger(name);
        boolean resume = merged.containsKey(QuartzKeys.RESUME);
        boolean scheduledRun = own.equals(context.getTrigger().getKey());
        Instant scheduled = context.getScheduledFireTime() == null ? Instant.now()
                : context.getScheduledFireTime().toInstant();
        if (context.isRecovering()) {
            scheduledRun = own.getName().equals(merged.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_NAME))
                    && own.getGroup().equals(merged.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_GROUP));
            String original = merged.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
            if (original != null) {
                scheduled = Instant.ofEpochMilli(Long.parseLong(original));
            }
        }
        ZoneId zone = DEFAULT_ZONE;
        try {
            if (context.getScheduler().getTrigger(own) instanceof CronTrigger c) {
                zone = c.getTimeZone().toZoneId();
            }
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
        return new FireInfo(scheduled, zone, !scheduledRun && !resume, resume);
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
