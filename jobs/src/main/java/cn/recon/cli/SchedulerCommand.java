package cn.recon.cli;

import cn.recon.schedule.ScheduleSettings;
import cn.recon.schedule.ScheduleSpec;
import cn.recon.schedule.SchedulerDaemon;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code recon scheduler}: the long-lived scheduler process (run it as a service, see config/recon-scheduler.service).
 * SIGTERM and SIGINT are handled here rather than by JVM shutdown hooks: the running jobs are stopped and Quartz shut
 * down first, and only then does the JVM exit (and the embedded database close with it, which shutdown hooks would do
 * at the same time as the jobs still write).
 */
@Command(name = "scheduler", mixinStandardHelpOptions = true,
        description = {"Run the scheduler until stopped: the schedules of config/schedules.yml (nightly inbox ingest, "
                + "nightly status refresh, quarterly reconciliation) fire in the time zone given there.",
            "Several schedulers may run against one MySQL database (a cluster): each trigger fires once.",
            "SIGTERM (systemctl stop) or Ctrl-C stops running jobs at a chunk boundary (status STOPPED); they resume "
                + "when the scheduler starts again. Logs: logs/recon.log."})
class SchedulerCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        ConfigurableApplicationContext ctx = AppContext.start(db, Map.of("spring.main.register-shutdown-hook", false,
                "logging.register-shutdown-hook", false));
        SchedulerDaemon daemon;
        ScheduleSettings settings;
        try {
            daemon = ctx.getBean(SchedulerDaemon.class);
            settings = daemon.start();
        } catch (Exception e) {
            ctx.close();
            throw e;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                System.out.println("recon scheduler: stopping (running jobs stop at their next chunk boundary)...");
                try {
                    daemon.shutdown();
                } finally {
                    ctx.close();
                    System.out.println("recon scheduler: stopped");
                }
            }
        };
        CountDownLatch stopRequested = new CountDownLatch(1);
        Signals.onTerminate(stopRequested::countDown);
        // any other way out of the JVM (SIGHUP, an error): stop as well as can be done from a shutdown hook
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "recon-shutdown"));
        System.out.println("recon scheduler: running as instance " + daemon.instanceId() + "; schedules from "
                + settings.file() + ":");
        for (ScheduleSpec s : settings.schedules()) {
            System.out.printf("  %-26s %-22s %-13s %s%n", s.name(), s.enabled() ? s.cron() : "(disabled)", s.zone(),
                    s.misfire().key());
        }
        System.out.println("Logs go to " + ctx.getEnvironment().getProperty("logging.file.name", "logs/recon.log")
                + "; stop with SIGTERM or Ctrl-C.");
        stopRequested.await();
        stop.run();
        return 0;
    }
}
