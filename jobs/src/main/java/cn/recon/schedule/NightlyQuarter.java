package cn.recon.schedule;

import cn.recon.person.Quarter;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The quarter nightly work (inbox ingest, status refresh) belongs to on a given day: the quarter of that day, or,
 * during the first {@code recon.schedule.quarter-grace-days} days of a quarter, the quarter just ended (extracts of
 * a quarter often arrive in the first days of the next one). The default grace is 0: the quarter of the day.
 */
@Component
public class NightlyQuarter {

    private final int graceDays;

    public NightlyQuarter(@Value("${recon.schedule.quarter-grace-days:0}") int graceDays) {
        if (graceDays < 0 || graceDays > 31) {
            throw new IllegalArgumentException("recon.schedule.quarter-grace-days must be 0 to 31, was " + graceDays);
        }
        this.graceDays = graceDays;
    }

    public Quarter of(LocalDate day) {
        Quarter q = Quarter.of(day);
        return day.isBefore(q.firstDay().plusDays(graceDays)) ? q.previous() : q;
    }
}
