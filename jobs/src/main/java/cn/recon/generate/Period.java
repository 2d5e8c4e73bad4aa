package cn.recon.generate;

import cn.recon.person.Quarter;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One generated quarter as epoch days: its first day, reference date (last day), the 31 August cut-off of the school
 * year containing the reference date, and its three months.
 */
record Period(int index, Quarter quarter, int first, int ref, int cutoff, int[] monthStart, int[] monthEnd) {

    static Period of(int index, Quarter q) {
        LocalDate ref = q.referenceDate();
        int cutYear = ref.getMonthValue() >= 9 ? ref.getYear() : ref.getYear() - 1;
        int[] ms = new int[3];
        int[] me = new int[3];
        for (int i = 0; i < 3; i++) {
            YearMonth m = q.months().get(i);
            ms[i] = (int) m.atDay(1).toEpochDay();
            me[i] = (int) m.atEndOfMonth().toEpochDay();
        }
        return new Period(index, q, (int) q.firstDay().toEpochDay(), (int) ref.toEpochDay(),
                Dates.day(cutYear, 8, 31), ms, me);
    }

    /** The school year's first grade entrants' cut-off year, e.g. 2025 for 2026Q2. */
    int cutoffYear() {
        return Dates.date(cutoff).getYear();
    }

    /** Age on the cut-off day, the compulsory-school age test. */
    int ageAtCutoff(int birth) {
        return Dates.age(birth, cutoff);
    }

    String dir() {
        return quarter.toString();
    }
}
