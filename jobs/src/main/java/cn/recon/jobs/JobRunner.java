package cn.recon.jobs;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a job the way operators expect: the same parameters after a failure resume the failed run where it
 * stopped; after a success they do nothing and say so; an execution left STARTED by a killed process on this host is
 * recovered (marked FAILED) first and then resumed.
 */
@Component
public class JobRunner {

    /** What became of a start request. */
    public record Outcome(JobExecution execution, boolean alreadyComplete, boolean recovered) {

        public boolean succeeded() {
            return execution != null && execution.getStatus() == BatchStatus.COMPLETED;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final RunOwner owners;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, RunOwner owners) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.owners = owners;
    }

    public Outcome run(Job job, JobParameters params) throws Exception {
        boolean recovered = false;
        try {
            return new Outcome(jobOperator.start(job, params), false, false);
        } catch (JobInstanceAlreadyCompleteException e) {
            return new Outcome(lastExecution(job.getName(), params), true, false);
        } catch (JobExecutionAlreadyRunningException e) {
            JobExecution running = lastExecution(job.getName(), params);
            if (running == null || !owners.isDead(running.getId())) {
                throw new IllegalStateException(job.getName() + " with these parameters is already running (execution "
                        + (running == null ? "?" : running.getId()) + "); wait for it or stop it with "
                        + "./recon jobs stop ID", e);
            }
            log.warn("execution {} of {} was left STARTED by a process that is gone; recovering it",
                    running.getId(), job.getName());
            jobOperator.recover(running);
            recovered = true;
        }
        return new Outcome(jobOperator.start(job, params), false, recovered);
    }

    private JobExecution lastExecution(String jobName, JobParameters params) {
        JobInstance instance = jobRepository.getJobInstance(jobName, params);
        if (instance == null) {
            return null;
        }
        List<JobExecution> executions = jobRepository.getJobExecutions(instance);
        return executions.isEmpty() ? null : executions.get(0);
    }
}
