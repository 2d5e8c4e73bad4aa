package cn.recon.schedule;

import cn.recon.jobs.Failures;
import cn.recon.jobs.JobRunner;
import cn.recon.person.Quarter;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs the work of a {@link Task}: the inbox ingest, or a Spring Batch job looked up by bean name when it fires
 * ({@value #REFRESH_JOB}, {@value #QUARTER_JOB}), through {@link JobRunner} so that a run that failed or was stopped
 * resumes and a run already completed is not repeated.
 */
@Component
public class ScheduledTasks {

    public static final String REFRESH_JOB = "refreshJob";
    public static final String QUARTER_JOB = "quarterJob";

    private static final Logger log = LoggerFactory.getLogger(ScheduledTasks.class);

    private final InboxIngest inbox;
    private final JobRunner runner;
    private final ApplicationContext context;
    private final NightlyQuarter quarters;
    private final Path outDir;

    public ScheduledTasks(InboxIngest inbox, JobRunner runner, ApplicationContext context, NightlyQuarter quarters,
            @Value("${recon.out-dir}") Path outDir) {
        this.inbox = inbox;
        this.runner = runner;
        this.context = context;
        this.quarters = quarters;
        this.outDir = outDir;
    }

    public TaskResult run(Task task, FireInfo fire) throws Exception {
        return switch (task) {
            case INBOX_INGEST -> inbox.run(fire);
            case STATUS_REFRESH -> runJob(REFRESH_JOB, refreshParameters(fire));
            case QUARTERLY_RECONCILIATION -> runJob(QUARTER_JOB, quarterParameters(fire));
        };
    }

    /**
     * The nightly refresh: {@code quarter} (the current quarter) and {@code day} identify the run, so each night makes
     * one run and a failed night resumes when fired again the same day; a run started by hand also carries its
     * start time ({@code run}) so that it always runs.
     */
    JobParameters refreshParameters(FireInfo fire) {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString("quarter", quarters.of(fire.day()).toString())
                .addString("day", fire.day().toString());
        if (fire.manual()) {
            b.addString("run", fire.scheduled().toString());
        }
        return b.toJobParameters();
    }

    /**
     * The quarterly run: {@code quarter} (the quarter just ended on the fire day) identifies it, so it runs once per
     * quarter and resumes when fired again after a failure; {@code outDir} is where the reports go.
     */
    JobParameters quarterParameters(FireInfo fire) {
        Quarter ended = Quarter.of(fire.day()).previous();
        return new JobParametersBuilder()
                .addString("quarter", ended.toString())
                .addString("outDir", outDir.toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
    }

    private TaskResult runJob(String beanName, JobParameters params) throws Exception {
        if (!context.containsBean(beanName) || !context.isTypeMatch(beanName, Job.class)) {
            return TaskResult.failed("the Spring Batch job '" + beanName + "' is not part of this version of recon; "
                    + "this schedule cannot run until it is (disable it in config/schedules.yml meanwhile)");
        }
        Job job = context.getBean(beanName, Job.class);
        String quarter = params.getString("quarter");
        JobRunner.Outcome o = runner.run(job, params);
        JobExecution e = o.execution();
        Long id = e == null ? null : e.getId();
        if (o.alreadyComplete()) {
            return TaskResult.completed(job.getName() + " for " + describe(params) + " had already completed "
                    + "(execution " + id + "); nothing to do");
        }
        String recovered = o.recovered() ? " (an interrupted earlier run was recovered and resumed)" : "";
        if (o.succeeded()) {
            return TaskResult.completed(job.getName() + " " + quarter + " execution " + id + " completed" + recovered);
        }
        if (e.getStatus() == BatchStatus.STOPPED || e.getStatus() == BatchStatus.STOPPING) {
            log.info("{} execution {} was stopped; it is resumed at the next start of the scheduler, or by "
                    + "./recon jobs restart {}", job.getName(), id, id);
            return TaskResult.stopped(job.getName() + " " + quarter + " execution " + id + " stopped; resume: "
                    + "./recon jobs restart " + id);
        }
        String why = Failures.of(e);
        return TaskResult.failed(job.getName() + " " + quarter + " execution " + id + " " + e.getStatus()
                + (why == null ? "" : ": " + why) + recovered + "; see ./recon jobs show " + id);
    }

    private static String describe(JobParameters p) {
        String day = p.getString("day");
        return p.getString("quarter") + (day == null ? "" : " (" + day + ")");
    }
}
