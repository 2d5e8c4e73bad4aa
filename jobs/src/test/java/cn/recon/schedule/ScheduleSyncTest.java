package cn.recon.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.impl.StdSchedulerFactory;

/** Triggers follow config/schedules.yml across restarts; a pause and the last run survive (Quartz RAM store). */
class ScheduleSyncTest {

    @TempDir
    Path dir;

    private Scheduler scheduler;

    @BeforeEach
    void createScheduler() throws Exception {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "sync-test-" + System.nanoTime());
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        scheduler = new StdSchedulerFactory(p).getScheduler();   // never started: nothing fires
    }

    @AfterEach
    void shutdown() throws Exception {
        scheduler.shutdown();
    }

    private ScheduleSettings settings(String inboxCron, boolean quarterlyEnabled, boolean withRefresh)
            throws Exception {
        String yml = "time-zone: Asia/Shanghai\nschedules:\n"
                + "  inbox-ingest:\n    cron: \"" + inboxCron + "\"\n    misfire: fire-once-now\n"
                + (withRefresh ? "  status-refresh:\n    cron: \"0 0 3 * * ?\"\n    misfire: do-nothing\n" : "")
                + "  quarterly-reconciliation:\n    cron: \"0 0 3 5 1,4,7,10 ?\"\n    misfire: ignore-misfires\n"
                + "    enabled: " + quarterlyEnabled + "\n";
        return ScheduleSettings.load(Files.writeString(dir.resolve("schedules.yml"), yml));
    }

    @Test
    void changedFileUpdatesTriggersKeepingPauseAndLastRun() throws Exception {
        ScheduleSync.apply(scheduler, settings("0 0 2 * * ?", true, true));
        CronTrigger inbox = (CronTrigger) scheduler.getTrigger(QuartzKeys.trigger("inbox-ingest"));
        assertThat(inbox.getCronExpression()).isEqualTo("0 0 2 * * ?");
        assertThat(inbox.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
        assertThat(inbox.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(((CronTrigger) scheduler.getTrigger(QuartzKeys.trigger("quarterly-reconciliation")))
                .getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_IGNORE_MISFIRE_POLICY);
        assertThat(scheduler.getJobDetail(QuartzKeys.job("status-refresh")).getJobDataMap().getString(QuartzKeys.TASK))
                .isEqualTo("status-refresh");

        scheduler.pauseJob(QuartzKeys.job("inbox-ingest"));
        JobDetail d = scheduler.getJobDetail(QuartzKeys.job("inbox-ingest"));
        JobDataMap data = new JobDataMap(d.getJobDataMap());
        data.put(QuartzKeys.LAST_RESULT, "COMPLETED: inbox empty");
        scheduler.addJob(d.getJobBuilder().setJobData(data).build(), true);

        // the scheduler restarts with an edited file: the inbox moves to 01:30, quarterly disabled, refresh removed
        ScheduleSync.apply(scheduler, settings("0 30 1 * * ?", false, false));
        inbox = (CronTrigger) scheduler.getTrigger(QuartzKeys.trigger("inbox-ingest"));
        assertThat(inbox.getCronExpression()).isEqualTo("0 30 1 * * ?");
        assertThat(scheduler.getTriggerState(inbox.getKey())).isEqualTo(Trigger.TriggerState.PAUSED);
        assertThat(scheduler.getJobDetail(QuartzKeys.job("inbox-ingest")).getJobDataMap()
                .getString(QuartzKeys.LAST_RESULT)).isEqualTo("COMPLETED: inbox empty");
        assertThat(scheduler.checkExists(QuartzKeys.job("quarterly-reconciliation"))).isFalse();
        assertThat(scheduler.checkExists(QuartzKeys.job("status-refresh"))).isFalse();

        // unchanged file: the trigger is left alone (same next fire time, still paused)
        var next = inbox.getNextFireTime();
        ScheduleSync.apply(scheduler, settings("0 30 1 * * ?", false, false));
        assertThat(scheduler.getTrigger(inbox.getKey()).getNextFireTime()).isEqualTo(next);
        assertThat(scheduler.getTriggerState(inbox.getKey())).isEqualTo(Trigger.TriggerState.PAUSED);
    }
}
