package cn.recon.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Why a task runs: at its scheduled time (or the scheduled time of a run the store recovered after a crash), or on
 * request ({@code schedule trigger}), or to resume a run stopped by a scheduler shutdown.
 *
 * @param scheduled the fire time the run belongs to
 * @param manual    started by an operator rather than by the schedule
 * @param resume    resumes a run stopped by a shutdown: the same job parameters as then, where they can be
 */
public record FireInfo(Instant scheduled, ZoneId zone, boolean manual, boolean resume) {

    /** The calendar day of the fire time, in the schedule's time zone. */
    public LocalDate day() {
        return scheduled.atZone(zone).toLocalDate();
    }

    static FireInfo manualNow(ZoneId zone) {
        return new FireInfo(Instant.now(), zone, true, false);
    }
}
