package cn.recon.cli;

import cn.recon.schedule.ScheduleSettings;
import cn.recon.schedule.ScheduleSpec;
import cn.recon.schedule.Schedules;
import cn.recon.schedule.TaskResult;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recon schedule list|pause|resume|trigger}: see and steer the schedules, whether the scheduler runs or not. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "See and steer the schedules of config/schedules.yml (works whether the scheduler runs or not).",
        subcommands = {ScheduleCommand.ListSchedules.class, ScheduleCommand.Pause.class, ScheduleCommand.Resume.class,
            ScheduleCommand.Trigger.class})
class ScheduleCommand implements Runnable {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The schedules file, or null (with a warning) when it cannot be read: the store alone is shown then. */
    static ScheduleSettings settingsOrWarn(Schedules schedules) {
        try {
            return schedules.settings();
        } catch (RuntimeException e) {
            System.err.println("recon: warning: " + Main.oneLine(e));
            return null;
        }
    }

    /** Checks the name against the file and the store; an unknown name is bad usage (exit 2). */
    static void requireKnown(CommandLine cl, Schedules schedules, ScheduleSettings settings, String name)
            throws Exception {
        Set<String> known = new LinkedHashSet<>();
        for (Schedules.View v : schedules.list(settings)) {
            known.add(v.name());
        }
        if (!known.contains(name)) {
            throw new CommandLine.ParameterException(cl, "unknown schedule '" + name + "' (schedules: "
                    + String.join(", ", known) + ")");
        }
    }

    static String time(Instant t, ZoneId zone, DateTimeFormatter f) {
        return t == null ? "-" : f.format(t.atZone(zone == null ? ZoneId.of("Asia/Shanghai") : zone));
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The schedules: state, next and previous fire time, cron, misfire policy, last run.")
    static class ListSchedules implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext ctx = AppContext.start(db)) {
                Schedules schedules = ctx.getBean(Schedules.class);
                ScheduleSettings settings = settingsOrWarn(schedules);
                printScheduler(schedules.liveInstances());
                List<Schedules.View> views = schedules.list(settings);
                System.out.printf("%-26s %-16s %-16s %-16s %-22s %s%n", "schedule", "state", "next fire",
                        "previous fire", "cron", "misfire");
                for (Schedules.View v : views) {
                    String state = v.state() + (v.queued() ? "+QUEUED" : "");
                    System.out.printf("%-26s %-16s %-16s %-16s %-22s %s%n", v.name(), state,
                            time(v.next(), v.zone(), MINUTE), time(v.previous(), v.zone(), MINUTE), v.cron(),
                            v.misfire());
                    if (v.lastResult() != null) {
                        System.out.println("    last run " + time(v.lastStart(), v.zone(), SECOND) + ": "
                                + v.lastResult());
                    }
                    if (v.note() != null) {
                        System.out.println("    note: " + v.note());
                    }
                }
                ZoneId zone = settings == null ? null : settings.zone();
                System.out.println("Times are " + (zone == null ? "in each schedule's time zone" : zone) + ".");
                return 0;
            }
        }

        private static void printScheduler(List<Schedules.Instance> live) {
            if (live.isEmpty()) {
                System.out.println("Scheduler: not running (start it: ./recon scheduler, or the recon-scheduler "
                        + "service); schedules fire only while it runs.");
                return;
            }
            StringBuilder b = new StringBuilder("Scheduler: running (");
            for (Schedules.Instance i : live) {
                long ago = Duration.between(i.lastCheckin(), Instant.now()).toSeconds();
                b.append(b.charAt(b.length() - 1) == '(' ? "" : "; ").append("instance ").append(i.id())
                        .append(", checked in ").append(Math.max(ago, 0)).append(" s ago");
            }
            System.out.println(b.append(")."));
        }
    }

    /** Common part of the commands that name one schedule. */
    abstract static class OnSchedule implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions db;

        @Parameters(paramLabel = "NAME", description = "The schedule, as named in config/schedules.yml "
                + "(e.g. inbox-ingest).")
        String name;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext ctx = AppContext.start(db)) {
                Schedules schedules = ctx.getBean(Schedules.class);
                ScheduleSettings settings = settingsOrWarn(schedules);
                requireKnown(spec.commandLine(), schedules, settings, name);
                return apply(schedules, settings);
            }
        }

        abstract int apply(Schedules schedules, ScheduleSettings settings) throws Exception;
    }

    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Pause a schedule: it fires no more until resumed (the pause survives scheduler restarts).")
    static class Pause extends OnSchedule {

        @Override
        int apply(Schedules schedules, ScheduleSettings settings) throws Exception {
            schedules.pause(name);
            System.out.println("Paused " + name + ": it fires no more until ./recon schedule resume " + name + ".");
            return 0;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Resume a paused schedule (a fire time missed meanwhile is handled by its misfire policy).")
    static class Resume extends OnSchedule {

        @Override
        int apply(Schedules schedules, ScheduleSettings settings) throws Exception {
            schedules.resume(name);
            System.out.println("Resumed " + name + ".");
            return 0;
        }
    }

    @Command(name = "trigger", mixinStandardHelpOptions = true,
            description = {"Run a schedule now. When a scheduler runs, the run is queued there and starts within "
                    + "seconds; when none runs, it runs here, in this command, and the exit status says how it ended "
                    + "(0 completed, 1 failed)."})
    static class Trigger extends OnSchedule {

        @Option(names = "--queue", description = "Queue the run even when no scheduler runs (it starts when one "
                + "starts).")
        boolean queue;

        @Override
        int apply(Schedules schedules, ScheduleSettings settings) throws Exception {
            ScheduleSpec s = settings == null ? null : settings.find(name).orElse(null);
            if (s != null && !s.enabled()) {
                System.err.println("recon: schedule " + name + " is disabled in config/schedules.yml");
                return 1;
            }
            List<Schedules.Instance> live = schedules.liveInstances();
            if (!live.isEmpty() || queue) {
                schedules.queue(name);
                System.out.println("Queued " + name + (live.isEmpty() ? ": it runs when a scheduler starts."
                        : " on the running scheduler: it starts within seconds.")
                        + " Follow it with ./recon schedule list and ./recon jobs list.");
                return 0;
            }
            System.out.println("No scheduler is running: running " + name + " here and now...");
            ZoneId zone = s != null ? s.zone() : settings != null ? settings.zone() : ZoneId.of("Asia/Shanghai");
            TaskResult r = schedules.runHere(name, s == null ? null : s.task(), zone);
            System.out.println(name + ": " + r.line());
            return r.status() == TaskResult.Status.COMPLETED ? 0 : 1;
        }
    }
}
