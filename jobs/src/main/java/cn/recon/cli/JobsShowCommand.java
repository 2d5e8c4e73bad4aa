package cn.recon.cli;

import cn.recon.jobs.Failures;
import cn.recon.jobs.JobControl;
import java.util.List;
import java.util.TreeMap;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.step.StepExecution;
import picocli.CommandLine.Command;

/** {@code recon jobs show ID}: one execution in full: parameters, steps with their counts, the failure. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "One execution: its parameters, its steps with their counts, and the failure message.")
class JobsShowCommand extends JobsCommand.OnExecution {

    @Override
    int apply(JobControl control) {
        JobExecution e = control.find(id);
        if (e == null) {
            throw new JobControl.NoSuchExecutionException(id);
        }
        boolean dead = control.isDead(e);
        System.out.println("Execution " + id + " of " + e.getJobInstance().getJobName() + ": " + e.getStatus()
                + (dead ? " (its process is gone)" : "") + ", exit code " + e.getExitStatus().getExitCode());
        System.out.println("  started  " + JobTables.time(e.getStartTime()) + "   ended " + JobTables.time(e.getEndTime())
                + "   took " + JobTables.took(e.getStartTime(), e.getEndTime()));
        String owner = control.ownerText(id);
        if (owner != null) {
            System.out.println("  process  " + owner);
        }
        List<JobExecution> run = control.executionsOfRun(e);
        if (run.size() > 1) {
            StringBuilder b = new StringBuilder("  run      executions of the same run:");
            for (JobExecution x : run) {
                b.append(' ').append(x.getId()).append(' ').append(x.getStatus()).append(',');
            }
            System.out.println(b.substring(0, b.length() - 1));
        }
        System.out.println("  parameters");
        TreeMap<String, JobParameter<?>> params = new TreeMap<>();
        for (JobParameter<?> p : e.getJobParameters()) {
            params.put(p.name(), p);
        }
        for (JobParameter<?> p : params.values()) {
            System.out.printf("    %-16s %s%s%n", p.name(), p.value(), p.identifying() ? "" : "  (not identifying)");
        }
        System.out.println("  steps");
        System.out.printf("    %-22s %-9s %9s %9s %7s %6s %8s %9s  %s%n", "step", "status", "read", "written",
                "filter", "skip", "commits", "rollbacks", "took");
        for (StepExecution s : e.getStepExecutions()) {
            System.out.printf("    %-22s %-9s %9d %9d %7d %6d %8d %9d  %s%n", JobTables.cut(s.getStepName(), 22),
                    s.getStatus(), s.getReadCount(), s.getWriteCount(), s.getFilterCount(), s.getSkipCount(),
                    s.getCommitCount(), s.getRollbackCount(), JobTables.took(s.getStartTime(), s.getEndTime()));
            String d = s.getExitStatus().getExitDescription();
            if (d != null && !d.isBlank() && s.getStatus() == BatchStatus.COMPLETED) {
                System.out.println("      " + JobTables.cut(d.strip(), 110));
            }
        }
        String why = Failures.of(e);
        if (why != null && e.getStatus() != BatchStatus.COMPLETED) {
            System.out.println("  failure: " + why);
        }
        if (dead) {
            System.out.println("  what now: the process running it was killed; ./recon jobs restart " + id
                    + " recovers it and resumes where it stopped");
        } else if (e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED) {
            System.out.println("  what now: fix the cause, then ./recon jobs restart " + id + " (resumes where it "
                    + "stopped)");
        }
        return 0;
    }
}
