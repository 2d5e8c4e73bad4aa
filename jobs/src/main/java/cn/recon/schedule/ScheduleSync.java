package cn.recon.schedule;

import java.util.HashSet;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the Quartz job store match config/schedules.yml: one durable job and one cron trigger per enabled schedule.
 * A trigger is replaced only when its cron expression, time zone or misfire policy changed, and a paused trigger stays
 * paused. Schedules disabled or gone from the file are removed from the store. Job data (the last run) is kept.
 */
final class ScheduleSync {

    private static final Logger log = LoggerFactory.getLogger(ScheduleSync.class);

    private ScheduleSync() {
    }

    static void apply(Scheduler scheduler, ScheduleSettings settings) throws SchedulerException {
        Set<JobKey> wanted = new HashSet<>();
        for (ScheduleSpec s : settings.schedules()) {
            if (!s.enabled()) {
                if (scheduler.deleteJob(QuartzKeys.job(s.name()))) {
                    log.info("schedule {} is disabled in {}: removed from the scheduler", s.name(), settings.file());
                }
                continue;
            }
            wanted.add(QuartzKeys.job(s.name()));
            storeJob(scheduler, s);
            storeTrigger(scheduler, s);
        }
        for (JobKey k : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(QuartzKeys.GROUP))) {
            if (!wanted.contains(k)) {
                scheduler.deleteJob(k);
                log.info("schedule {} is no longer in {}: removed from the scheduler", k.getName(), settings.file());
            }
        }
    }

    private static void storeJob(Scheduler scheduler, ScheduleSpec s) throws SchedulerException {
        JobDetail existing = scheduler.getJobDetail(QuartzKeys.job(s.name()));
        JobDataMap data = existing == null ? new JobDataMap() : new JobDataMap(existing.getJobDataMap());
        data.put(QuartzKeys.TASK, s.task().key());
        if (existing != null && existing.getJobClass() == ScheduledTaskJob.class
                && existing.getJobDataMap().equals(data) && s.description().equals(existing.getDescription())) {
            return;
        }
        JobDetail job = org.quartz.JobBuilder.newJob(ScheduledTaskJob.class)
                .withIdentity(QuartzKeys.job(s.name()))
                .withDescription(s.description())
                .usingJobData(data)
                .storeDurably()
                .requestRecovery()   // a run cut short by a crash is run again (and resumes) when the store recovers it
                .build();
        scheduler.addJob(job, true);
    }

    private static void storeTrigger(Scheduler scheduler, ScheduleSpec s) throws SchedulerException {
        TriggerKey key = QuartzKeys.trigger(s.name());
        Trigger fresh = trigger(s);
        Trigger old = scheduler.getTrigger(key);
        if (old == null) {
            try {
                scheduler.scheduleJob(fresh);
                log.info("schedule {} created: cron '{}' ({}), misfire {}", s.name(), s.cron(), s.zone(),
                        s.misfire().key());
                return;
            } catch (ObjectAlreadyExistsException raced) {
                old = scheduler.getTrigger(key);   // another scheduler instance created it at the same moment
            }
        }
        if (sameSchedule(old, s)) {
            return;
        }
        boolean paused = scheduler.getTriggerState(key) == Trigger.TriggerState.PAUSED;
        scheduler.rescheduleJob(key, fresh);
        if (paused) {
            scheduler.pauseTrigger(key);
        }
        log.info("schedule {} changed: now cron '{}' ({}), misfire {}{}", s.name(), s.cron(), s.zone(),
                s.misfire().key(), paused ? "; it stays paused" : "");
    }

    /** True when the stored trigger already runs this schedule as the file says. */
    static boolean sameSchedule(Trigger stored, ScheduleSpec s) {
        if (!(stored instanceof CronTrigger c)) {
            return false;
        }
        return c.getCronExpression().equals(s.cron()) && c.getTimeZone().getID().equals(s.zone().getId())
                && c.getMisfireInstruction() == s.misfire().instruction();
    }

    static Trigger trigger(ScheduleSpec s) {
        CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(s.cron()).inTimeZone(TimeZone.getTimeZone(s.zone()));
        return TriggerBuilder.newTrigger()
                .withIdentity(QuartzKeys.trigger(s.name()))
                .forJob(QuartzKeys.job(s.name()))
                .withDescription(s.description())
                .withSchedule(s.misfire().apply(cron))
                .build();
    }
}
