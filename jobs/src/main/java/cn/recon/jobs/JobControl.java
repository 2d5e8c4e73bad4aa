package cn.recon.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What operators do to job executions: restart (resume) a failed or stopped one, stop a running one at its next chunk
 * boundary, recover one left STARTED by a process that is gone. Refusals are {@link IllegalStateException}s whose
 * message says what to do instead.
 */
@Component
public class JobControl {

    private static final Logger log = LoggerFactory.getLogger(JobControl.class);

    private final JobRepository repository;
    private final JobOperator operator;
    private final JobRunner runner;
    private final RunOwner owners;
    private final ApplicationContext context;

    public JobControl(JobRepository repository, JobOperator operator, JobRunner runner, RunOwner owners,
            ApplicationContext context) {
        this.repository = repository;
        this.operator = operator;
        this.runner = runner;
        this.owners = owners;
        this.context = context;
    }

    /** The execution, or null when there is none with this id. */
    public JobExecution find(long id) {
        try {
            return repository.getJobExecution(id);
        } catch (EmptyResultDataAccessException e) {
            return null;   // the JDBC repository throws instead of returning null for an unknown id
        }
    }

    /** Every execution of the same run (job instance) as this one, newest first. */
    public List<JobExecution> executionsOfRun(JobExecution e) {
        return repository.getJobExecutions(e.getJobInstance());
    }

    /** The owner of the execution as "pid N on HOST", or null when unknown. */
    public String ownerText(long id) {
        return owners.owner(id).map(o -> "pid " + o.pid() + " on " + o.host()).orElse(null);
    }

    /** True when the execution is marked running but the process that ran it is known to be gone. */
    public boolean isDead(JobExecution e) {
        return e.getStatus().isRunning() && owners.isDead(e.getId());
    }

    /**
     * Resumes the run of a FAILED or STOPPED execution where it stopped (a new execution of the same job instance);
     * an execution left STARTED by a dead process is recovered first. A COMPLETED one is not run again.
     */
    public JobRunner.Outcome restart(long id) throws Exception {
        JobExecution e = require(id);
        Job job = job(e.getJobInstance().getJobName());
        JobExecution latest = repository.getLastJobExecution(e.getJobInstance());
        if (latest != null && latest.getId() != id) {
            if (latest.getStatus() == BatchStatus.COMPLETED) {
                return new JobRunner.Outcome(latest, true, false);
            }
            if (latest.getStatus().isRunning() && !owners.isDead(latest.getId())) {
                throw new IllegalStateException("execution " + id + " was already resumed: execution "
                        + latest.getId() + " of the same run is running now");
            }
        }
        JobExecution last = latest == null ? e : latest;
        if (last.getStatus() == BatchStatus.COMPLETED) {
            return new JobRunner.Outcome(last, true, false);
        }
        if (last.getStatus() == BatchStatus.ABANDONED) {
            throw new IllegalStateException("execution " + last.getId() + " was abandoned and cannot be resumed; "
                    + "start the job afresh");
        }
        if (last.getStatus().isRunning() && !owners.isDead(last.getId())) {
            throw new IllegalStateException("execution " + last.getId() + " is still running (" + ownerOrUnknown(last)
                    + "); stop it first with ./recon jobs stop " + last.getId() + ", or, if that process is gone "
                    + "(another machine), mark it failed with ./recon jobs recover " + last.getId() + " --force");
        }
        log.info("restarting {} execution {} ({})", job.getName(), last.getId(), last.getStatus());
        return runner.run(job, e.getJobParameters());
    }

    /** Asks a running execution to stop at its next chunk boundary; it ends STOPPED and can be restarted. */
    public JobExecution stop(long id) {
        JobExecution e = require(id);
        if (!e.getStatus().isRunning()) {
            throw new IllegalStateException("execution " + id + " is not running (it is " + e.getStatus() + ")");
        }
        if (owners.isDead(id)) {
            throw new IllegalStateException("execution " + id + " was left " + e.getStatus() + " by a process that is "
                    + "gone (" + ownerOrUnknown(e) + "): there is nothing to stop. Resume it with ./recon jobs restart "
                    + id + ", or mark it failed with ./recon jobs recover " + id);
        }
        requestStop(e);
        log.info("stop requested for execution {} ({})", id, ownerOrUnknown(e));
        return require(id);
    }

    /**
     * Marks the execution STOPPING in the job repository; the step running it sees this when it records its next
     * chunk, ends STOPPED there, and so does the job. Deliberately not {@code JobOperator.stop}: in Spring Batch 6.0
     * that also closes the step-scoped reader of a step running in this JVM (through StepSynchronizationManager) and
     * writes back a step execution context read before the running chunk committed; either can make a restart read
     * rows twice.
     */
    private void requestStop(JobExecution e) {
        JobExecution current = e;
        for (int attempt = 1; ; attempt++) {
            current.setStatus(BatchStatus.STOPPING);
            try {
                repository.update(current);
                return;
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == 3) {
                    throw raced;
                }
                current = require(e.getId());   // the running job recorded a chunk meanwhile: read it again
                if (!current.getStatus().isRunning() || current.getStatus() == BatchStatus.STOPPING) {
                    return;
                }
            }
        }
    }

    /**
     * Marks an execution left STARTED (or STOPPING) by a killed process as FAILED, so that it can be restarted.
     *
     * @param force also when its process cannot be checked (it ran on another machine) or seems alive
     */
    public JobExecution recover(long id, boolean force) {
        JobExecution e = require(id);
        if (!e.getStatus().isRunning()) {
            throw new IllegalStateException("execution " + id + " is not running (it is " + e.getStatus()
                    + "): there is nothing to recover" + (e.getStatus() == BatchStatus.FAILED
                    || e.getStatus() == BatchStatus.STOPPED ? "; resume it with ./recon jobs restart " + id : ""));
        }
        if (!force && !owners.isDead(id)) {
            throw new IllegalStateException("execution " + id + " is still running (" + ownerOrUnknown(e) + "); stop "
                    + "it with ./recon jobs stop " + id + ". If you know that process is gone (it ran on another "
                    + "machine), use --force");
        }
        operator.recover(e);
        log.warn("execution {} recovered: marked FAILED ({} is gone)", id, ownerOrUnknown(e));
        return require(id);
    }

    /**
     * Asks every execution this process runs to stop at its next chunk boundary (used on SIGTERM). Returns the ids
     * asked; an execution already stopping is not asked again.
     */
    public List<Long> stopRunningInThisProcess() {
        List<Long> asked = new ArrayList<>();
        for (String name : repository.getJobNames()) {
            for (JobExecution e : repository.findRunningJobExecutions(name)) {
                if (e.getStatus() == BatchStatus.STOPPING || !owners.isThisProcess(e.getId())) {
                    continue;
                }
                try {
                    requestStop(e);
                    asked.add(e.getId());
                    log.info("asked {} execution {} to stop at its next chunk boundary", name, e.getId());
                } catch (OptimisticLockingFailureException x) {
                    log.debug("execution {} changed while being stopped: {}", e.getId(), x.getMessage());
                }
            }
        }
        return asked;
    }

    /** The job bean of this name (the name the job was built with, which is its bean name here). */
    public Job job(String name) {
        for (Map.Entry<String, Job> e : context.getBeansOfType(Job.class).entrySet()) {
            if (e.getValue().getName().equals(name)) {
                return e.getValue();
            }
        }
        throw new IllegalStateException("the job '" + name + "' is not part of this version of recon");
    }

    private JobExecution require(long id) {
        JobExecution e = find(id);
        if (e == null) {
            throw new NoSuchExecutionException(id);
        }
        return e;
    }

    private String ownerOrUnknown(JobExecution e) {
        String o = ownerText(e.getId());
        return o == null ? "process unknown" : o;
    }

    /** No job execution has this id: the operator mistyped it (bad usage). */
    public static final class NoSuchExecutionException extends IllegalArgumentException {

        public NoSuchExecutionException(long id) {
            super("there is no job execution " + id + " (see ./recon jobs list)");
        }
    }
}
