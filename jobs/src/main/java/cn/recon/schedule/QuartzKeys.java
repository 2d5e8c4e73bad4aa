package cn.recon.schedule;

import org.quartz.JobKey;
import org.quartz.TriggerKey;

/** Names of the Quartz jobs, triggers and job data this package stores. */
final class QuartzKeys {

    /** The Quartz group of every job and trigger made from config/schedules.yml. */
    static final String GROUP = "recon";

    /** Job data: the task key ({@link Task#key()}). */
    static final String TASK = "task";
    /** Job data, kept after each run: when the last run started and ended (ISO instants) and how it ended. */
    static final String LAST_START = "lastStart";
    static final String LAST_END = "lastEnd";
    static final String LAST_RESULT = "lastResult";
    /** Job data: set when a run was stopped by a scheduler shutdown; the next scheduler start runs it again. */
    static final String INTERRUPTED = "interrupted";
    /** Trigger data of a one-off trigger that resumes an interrupted run (not a new manual run). */
    static final String RESUME = "resume";

    private QuartzKeys() {
    }

    static JobKey job(String name) {
        return JobKey.jobKey(name, GROUP);
    }

    static TriggerKey trigger(String name) {
        return TriggerKey.triggerKey(name, GROUP);
    }
}
