package cn.recon.schedule;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quartz.CronTrigger;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The schedules as operators see and steer them, from any process (whether the scheduler runs or not): what
 * config/schedules.yml says and what the shared Quartz store holds (next and previous fire, state, last run).
 */
@Component
public class Schedules {

    /** One schedule as {@code schedule list} shows it; times null when there are none. */
    public record View(String name, String task, String cron, ZoneId zone, String misfire, Instant next,
            Instant previous, State state, boolean queued, Instant lastStart, String lastResult, String note) {
    }

    /** What a schedule is doing. */
    public enum State {
        /** Waiting for its next fire time. */
        SCHEDULED,
        PAUSED,
        /** Its job runs now. */
        RUNNING,
        /** Quartz could not run it (see logs/recon.log); the scheduler's restart resets it. */
        ERROR,
        /** Has no further fire time. */
        COMPLETE,
        /** enabled: false in config/schedules.yml. */
        DISABLED,
        /** In config/schedules.yml but not yet in the scheduler (it is added when ./recon scheduler starts). */
        NOT_SCHEDULED
    }

    /** A scheduler instance that checked in recently, i.e. is running. */
    public record Instance(String id, Instant lastCheckin) {
    }

    private final Scheduler scheduler;
    private final ScheduledTasks tasks;
    private final JdbcTemplate jdbc;
    private final Path schedulesFile;

    public Schedules(Scheduler scheduler, ScheduledTasks tasks, JdbcTemplate jdbc,
            @Value("${recon.schedules-file}") Path schedulesFile) {
        this.scheduler = scheduler;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.schedulesFile = schedulesFile;
    }

    /** The schedules file, read now. */
    public ScheduleSettings settings() {
        return ScheduleSettings.load(schedulesFile);
    }

    public List<View> list(ScheduleSettings settings) throws SchedulerException {
        Set<String> names = new LinkedHashSet<>();
        if (settings != null) {
            settings.schedules().forEach(s -> names.add(s.name()));
        }
        for (JobKey k : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(QuartzKeys.GROUP))) {
            names.add(k.getName());
        }
        List<View> out = new ArrayList<>();
        for (String name : names) {
            out.add(view(name, settings == null ? Optional.empty() : settings.find(name)));
        }
        return out;
    }

    private View view(String name, Optional<ScheduleSpec> spec) throws SchedulerException {
        JobDetail job = scheduler.getJobDetail(QuartzKeys.job(name));
        Trigger t = scheduler.getTrigger(QuartzKeys.trigger(name));
        JobDataMap data = job == null ? new JobDataMap() : job.getJobDataMap();
        String lastStart = data.getString(QuartzKeys.LAST_START);
        Instant started = lastStart == null ? null : Instant.parse(lastStart);
        String last = data.getString(QuartzKeys.LAST_RESULT);
        if (t instanceof CronTrigger c) {
            State state = state(scheduler.getTriggerState(t.getKey()));
            boolean queued = false;
            for (Trigger other : scheduler.getTriggersOfJob(job.getKey())) {
                queued |= !other.getKey().equals(t.getKey());
            }
            String note = spec.isEmpty() ? "not in config/schedules.yml any more: removed when the scheduler restarts"
                    : !spec.get().enabled() ? "disabled in config/schedules.yml: removed when the scheduler restarts"
                    : !ScheduleSync.sameSchedule(t, spec.get()) ? "changed in config/schedules.yml: takes effect when "
                    + "the scheduler restarts" : null;
            Misfire m = Misfire.ofInstruction(c.getMisfireInstruction());
            return new View(name, data.getString(QuartzKeys.TASK), c.getCronExpression(), c.getTimeZone().toZoneId(),
                    m == null ? "smart" : m.key(), instant(t.getNextFireTime()), instant(t.getPreviousFireTime()),
                    state, queued, started, last, note);
        }
        if (spec.isEmpty()) {
            return new View(name, data.getString(QuartzKeys.TASK), "-", null, "-", null, null, State.NOT_SCHEDULED,
                    false, started, last, "not in config/schedules.yml");
        }
        ScheduleSpec s = spec.get();
        State state = s.enabled() ? State.NOT_SCHEDULED : State.DISABLED;
        return new View(name, s.task().key(), s.cron(), s.zone(), s.misfire().key(), null, null, state, false,
                started, last, s.enabled() ? "added when ./recon scheduler starts" : null);
    }

    private static State state(Trigger.TriggerState s) {
        return switch (s) {
            case PAUSED -> State.PAUSED;
            case BLOCKED -> State.RUNNING;
            case ERROR -> State.ERROR;
            case COMPLETE -> State.COMPLETE;
            case NONE -> State.NOT_SCHEDULED;
            default -> State.SCHEDULED;
        };
    }

    private static Instant instant(java.util.Date d) {
        return d == null ? null : d.toInstant();
    }

    /** Pauses a schedule (all its triggers): it fires no more until resumed; the pause survives restarts. */
    public void pause(String name) throws SchedulerException {
        scheduler.pauseJob(requireStored(name));
    }

    /** Resumes a paused schedule; a fire time missed while paused is handled by its misfire policy. */
    public void resume(String name) throws SchedulerException {
        scheduler.resumeJob(requireStored(name));
    }

    /** Queues a run now on the running scheduler (whichever instance of the cluster takes it). */
    public void queue(String name) throws SchedulerException {
        scheduler.triggerJob(requireStored(name));
    }

    /**
     * Runs a schedule's task here and now, in this process (when no scheduler runs), and records the run as the
     * schedule's last run when the schedule is in the store.
     *
     * @param task the task from config/schedules.yml, or null to take the stored one
     */
    public TaskResult runHere(String name, Task task, ZoneId zone) throws Exception {
        JobDetail d = scheduler.getJobDetail(QuartzKeys.job(name));
        Task t = task != null ? task : d == null ? null : Task.ofKey(d.getJobDataMap().getString(QuartzKeys.TASK));
        if (t == null) {
            throw new IllegalStateException("schedule " + name + " has no known task; start the scheduler once so "
                    + "that it reads config/schedules.yml again");
        }
        Instant start = Instant.now();
        TaskResult r = tasks.run(t, FireInfo.manualNow(zone));
        if (d != null) {
            JobDataMap data = new JobDataMap(d.getJobDataMap());
            data.put(QuartzKeys.LAST_START, start.toString());
            data.put(QuartzKeys.LAST_END, Instant.now().toString());
            data.put(QuartzKeys.LAST_RESULT, r.line());
            scheduler.addJob(d.getJobBuilder().setJobData(data).build(), true);
        }
        return r;
    }

    /** Whether the schedule is in the Quartz store. */
    public boolean isStored(String name) throws SchedulerException {
        return scheduler.checkExists(QuartzKeys.job(name));
    }

    private JobKey requireStored(String name) throws SchedulerException {
        JobKey key = QuartzKeys.job(name);
        if (!scheduler.checkExists(key)) {
            throw new IllegalStateException("schedule " + name + " is not in the scheduler's database yet: it is added "
                    + "from config/schedules.yml when ./recon scheduler starts");
        }
        return key;
    }

    /**
     * The scheduler instances of this cluster that checked in lately (Quartz records a check-in every few seconds
     * while an instance runs); empty when no scheduler runs.
     */
    public List<Instance> liveInstances() throws SchedulerException {
        long now = System.currentTimeMillis();
        return jdbc.query("SELECT INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL FROM QRTZ_SCHEDULER_STATE "
                + "WHERE SCHED_NAME = ? ORDER BY INSTANCE_NAME", (rs, n) -> {
                    long last = rs.getLong(2);
                    long interval = rs.getLong(3);
                    return now - last <= 2 * interval + 5_000 ? new Instance(rs.getString(1), Instant.ofEpochMilli(last))
                            : null;
                }, scheduler.getSchedulerName()).stream().filter(java.util.Objects::nonNull).toList();
    }
}
