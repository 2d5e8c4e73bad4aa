package cn.recon.cli;

import cn.recon.jobs.Failures;
import cn.recon.jobs.JobControl;
import cn.recon.jobs.JobHistory;
import cn.recon.jobs.JobRunner;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recon jobs list|show|restart|stop|recover}: watch job executions and act on failed or stuck ones. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "Watch job executions (ingest, refresh, quarterly runs) and restart, stop or recover them.",
        subcommands = {JobsCommand.ListJobs.class, JobsShowCommand.class, JobsCommand.Restart.class,
            JobsCommand.Stop.class, JobsCommand.Recover.class})
class JobsCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Recent job executions, newest first: id, job, parameters, status, start, end, rows read, "
                    + "written and skipped (summed over the steps), and a note for those that need attention.",
                "Status: COMPLETED done; FAILED failed (jobs show ID says why; jobs restart ID resumes it); STOPPED "
                    + "stopped by an operator or a shutdown (jobs restart ID resumes it); STARTED running, or left "
                    + "so by a killed process (the note says so; jobs restart ID recovers and resumes it); ABANDONED "
                    + "given up."})
    static class ListJobs implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "How many (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--job", paramLabel = "NAME", description = "Only this job (e.g. ingestJob).")
        String job;

        @Option(names = "--status", paramLabel = "STATUS", description = "Only this status (e.g. FAILED).")
        String status;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = AppContext.start(db)) {
                JobControl control = ctx.getBean(JobControl.class);
                List<JobHistory.ExecutionRow> rows = ctx.getBean(JobHistory.class).recent(Math.max(limit, 1), job,
                        status == null ? null : status.toUpperCase(Locale.ROOT));
                if (rows.isEmpty()) {
                    System.out.println("No job executions" + (job == null && status == null ? " yet." : " match."));
                    return 0;
                }
                System.out.printf("%6s  %-11s %-34s %-9s  %-19s  %-19s %9s %9s %6s  %s%n", "id", "job", "parameters",
                        "status", "start", "end", "read", "written", "skip", "note");
                for (JobHistory.ExecutionRow r : rows) {
                    System.out.printf("%6d  %-11s %-34s %-9s  %-19s  %-19s %9d %9d %6d  %s%n", r.id(),
                            JobTables.cut(r.jobName(), 11), JobTables.shortParameters(r.parameters(), 34), r.status(),
                            JobTables.time(r.start() == null ? r.created() : r.start()), JobTables.time(r.end()),
                            r.read(), r.write(), r.skip(), note(control, r));
                }
                System.out.println("Times are this machine's local time (" + java.time.ZoneId.systemDefault()
                        + "). Details of one: ./recon jobs show ID");
                return 0;
            }
        }

        private static String note(JobControl control, JobHistory.ExecutionRow r) {
            BatchStatus s = BatchStatus.valueOf(r.status());
            if (r.latestOfRun() != r.id() && !s.isRunning()) {
                return "resumed by execution " + r.latestOfRun();
            }
            if (s.isRunning()) {
                JobExecution e = control.find(r.id());
                return e != null && control.isDead(e) ? "process gone: ./recon jobs restart " + r.id()
                        : "running (" + JobTables.took(r.start(), null) + ")";
            }
            if (s == BatchStatus.FAILED) {
                String why = Failures.fromExitDescription(r.exitMessage());
                return JobTables.cut(why == null ? "failed" : why, 70);
            }
            if (s == BatchStatus.STOPPED) {
                return "resume: ./recon jobs restart " + r.id();
            }
            return "";
        }
    }

    /** Common part of the commands that name one execution. */
    abstract static class OnExecution implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions db;

        @Parameters(paramLabel = "ID", description = "The execution id, as jobs list shows it.")
        long id;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext ctx = AppContext.start(db)) {
                try {
                    return apply(ctx.getBean(JobControl.class));
                } catch (JobControl.NoSuchExecutionException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
                }
            }
        }

        abstract int apply(JobControl control) throws Exception;
    }

    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = {"Resume a FAILED or STOPPED execution where it stopped (nothing is loaded twice); one left "
                    + "STARTED by a killed process is recovered first. Runs in this command; exit 0 when the job "
                    + "completes, 1 when it fails again."})
    static class Restart extends OnExecution {

        @Override
        int apply(JobControl control) throws Exception {
            JobRunner.Outcome o = control.restart(id);
            JobExecution e = o.execution();
            if (o.alreadyComplete()) {
                System.out.println("Execution " + id + ": the run had already completed (execution " + e.getId()
                        + "); nothing to do.");
                return 0;
            }
            if (o.recovered()) {
                System.out.println("The process that ran it is gone: recovered (marked FAILED) and resumed.");
            }
            System.out.println("Execution " + e.getId() + " of " + e.getJobInstance().getJobName() + " (resuming "
                    + id + "): " + e.getStatus() + ", " + JobTables.took(e.getStartTime(), e.getEndTime()) + ".");
            if (o.succeeded()) {
                return 0;
            }
            String why = Failures.of(e);
            System.err.println("recon: execution " + e.getId() + " ended " + e.getStatus() + (why == null ? ""
                    : ": " + why) + " (./recon jobs show " + e.getId() + ")");
            return 1;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Ask a running execution to stop at its next chunk boundary; it ends STOPPED and "
                    + "./recon jobs restart ID resumes it.")
    static class Stop extends OnExecution {

        @Override
        int apply(JobControl control) throws Exception {
            JobExecution e = control.stop(id);
            System.out.println("Stop requested: execution " + id + " of " + e.getJobInstance().getJobName()
                    + " is now " + e.getStatus() + "; its process finishes the chunk in hand (seconds) and stops. "
                    + "Resume it later with ./recon jobs restart " + id + ".");
            return 0;
        }
    }

    @Command(name = "recover", mixinStandardHelpOptions = true,
            description = "Mark an execution left STARTED by a killed process as FAILED, so that it can be restarted "
                    + "(jobs restart ID does this by itself when the process ran on this machine).")
    static class Recover extends OnExecution {

        @Option(names = "--force", description = "Also when its process cannot be checked (it ran on another "
                + "machine): only when you know it is gone.")
        boolean force;

        @Override
        int apply(JobControl control) {
            JobExecution e = control.recover(id, force);
            System.out.println("Recovered execution " + id + " of " + e.getJobInstance().getJobName() + ": now "
                    + e.getStatus() + ". Resume it with ./recon jobs restart " + id + ".");
            return 0;
        }
    }
}
