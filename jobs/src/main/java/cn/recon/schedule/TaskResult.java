package cn.recon.schedule;

/** How one run of a scheduled task ended, with a one-line summary for logs and {@code schedule list}. */
public record TaskResult(Status status, String summary) {

    public enum Status {
        /** The work was done (or there was nothing to do). */
        COMPLETED,
        /** Something failed; the summary says what. */
        FAILED,
        /** Stopped by a scheduler shutdown before the end; the next start resumes it. */
        STOPPED
    }

    static TaskResult completed(String summary) {
        return new TaskResult(Status.COMPLETED, summary);
    }

    static TaskResult failed(String summary) {
        return new TaskResult(Status.FAILED, summary);
    }

    static TaskResult stopped(String summary) {
        return new TaskResult(Status.STOPPED, summary);
    }

    /** e.g. {@code COMPLETED: 2 files done}. */
    public String line() {
        return status + ": " + summary;
    }
}
