package cn.recon.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules found for one child in one quarter: its flags and the facts the reports count with (so that reports
 * and flags agree on who is a key child, how old a child is, and which months were visited).
 *
 * @param keyChild        a key child (重点儿童) at the reference date, including children made key by this run's
 *                        DROPOUT, OUT_OF_SCHOOL or UNREGISTERED flag
 * @param birthDate       the birth date the rules used (valid ID, else 户籍, else 学籍, else 民政), or null
 * @param age             whole years at the reference date, or null when no birth date is known
 * @param compulsoryAge   of compulsory-school age (age on the cut-off day within the configured bounds)
 * @param activeInRoster  在册 on the roster at the reference date
 * @param visitRequired   bit i set (i = 0, 1, 2 for the quarter's months) when the child was on the roster the
 *                        whole month, so that a home visit was due
 * @param visitDone       bit i set when a home visit of month i is known (visit log; or, without a log, inferred
 *                        from 最近走访日期); only meaningful where {@code visitRequired} has the bit
 */
public record ChildResult(String childId, boolean keyChild, LocalDate birthDate, Integer age, boolean compulsoryAge,
        boolean activeInRoster, int visitRequired, int visitDone, List<Flag> flags) {

    public ChildResult {
        flags = List.copyOf(flags);
    }

    /** True when a home visit was due in month {@code i} (0 to 2) of the quarter. */
    public boolean visitDueInMonth(int i) {
        return (visitRequired & (1 << i)) != 0;
    }

    /** True when a home visit was due in month {@code i} (0 to 2) and was made. */
    public boolean visitedInMonth(int i) {
        return (visitRequired & visitDone & (1 << i)) != 0;
    }

    public boolean has(FlagCode code) {
        for (Flag f : flags) {
            if (f.code() == code) {
                return true;
            }
        }
        return false;
    }
}
