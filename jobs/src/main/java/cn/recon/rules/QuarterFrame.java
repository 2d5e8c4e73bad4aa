package cn.recon.rules;

import cn.recon.person.Quarter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The dates of one quarter the rules need, computed once per quarter rather than per child. */
final class QuarterFrame {

    final Quarter quarter;
    /** The reference date: the quarter's last day. */
    final LocalDate reference;
    /** The compulsory-school-age cut-off day for the reference date. */
    final LocalDate cutoff;
    final LocalDate[] monthStart = new LocalDate[3];
    final LocalDate[] monthEnd = new LocalDate[3];
    /** "2026-07" … */
    final String[] monthLabel = new String[3];

    QuarterFrame(Quarter quarter, RuleSettings.CompulsoryAge age) {
        this.quarter = quarter;
        this.reference = quarter.referenceDate();
        this.cutoff = age.cutoffFor(reference);
        List<YearMonth> months = quarter.months();
        for (int i = 0; i < 3; i++) {
            monthStart[i] = months.get(i).atDay(1);
            monthEnd[i] = months.get(i).atEndOfMonth();
            monthLabel[i] = months.get(i).toString();
        }
    }

    /** Month index 0 to 2 of a date inside the quarter; -1 before it, 3 after it. */
    int monthIndex(LocalDate d) {
        if (d.isBefore(monthStart[0])) {
            return -1;
        }
        if (d.isAfter(reference)) {
            return 3;
        }
        return d.getMonthValue() - monthStart[0].getMonthValue();
    }

    /** Whole years from birth to {@code at}; -1 when born after {@code at}. */
    static int age(LocalDate birth, LocalDate at) {
        int years = at.getYear() - birth.getYear();
        if (at.getMonthValue() < birth.getMonthValue()
                || at.getMonthValue() == birth.getMonthValue() && at.getDayOfMonth() < birth.getDayOfMonth()) {
            years--;
        }
        return years < 0 ? -1 : years;
    }

    /** The month labels of the set bits, joined by 、 ("2026-07、2026-09"). */
    String months(int bits) {
        StringBuilder sb = new StringBuilder(24);
        for (int i = 0; i < 3; i++) {
            if ((bits & (1 << i)) != 0) {
                if (!sb.isEmpty()) {
                    sb.append('、');
                }
                sb.append(monthLabel[i]);
            }
        }
        return sb.toString();
    }
}
