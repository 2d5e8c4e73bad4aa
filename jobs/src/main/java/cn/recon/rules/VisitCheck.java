package cn.recon.rules;

import cn.recon.source.RosterRecord;
import cn.recon.source.VisitRecord;
import java.time.LocalDate;

/**
 * VISIT_OVERDUE (未按期走访), month by month. A month is due when the child was on the roster the whole month; it is
 * done when the visit log has a home visit (入户走访) in it. Without a visit log the roster's 最近走访日期 stands in:
 * the months up to and including the month of that date count as done, the later ones as missing (so a child whose
 * last visit is before the first day of the quarter's last month, or blank, is overdue).
 */
final class VisitCheck {

    /** Bits of the months due (bit i = month i of the quarter), and of the months with a home visit. */
    int required;
    int done;

    void apply(ChildFacts f, boolean visitLogGiven) {
        if (!f.activeInRoster) {
            return;
        }
        for (RosterRecord r : f.c.roster()) {
            for (int i = 0; i < 3; i++) {
                if ((required & (1 << i)) == 0 && f.onRosterWholeMonth(r, i)) {
                    required |= 1 << i;
                }
            }
        }
        LocalDate last = null;
        if (visitLogGiven) {
            for (VisitRecord v : f.c.visits()) {
                if (v.visitDate() != null && v.visitType() != null
                        && f.s.visits().homeVisitTypes().contains(v.visitType())) {
                    int i = f.q.monthIndex(v.visitDate());
                    if (i >= 0 && i < 3) {
                        done |= 1 << i;
                    }
                }
            }
        } else {
            for (RosterRecord r : f.c.roster()) {
                if (r.lastVisitDate() != null && (last == null || r.lastVisitDate().isAfter(last))) {
                    last = r.lastVisitDate();
                }
            }
            int upTo = last == null ? -1 : Math.min(f.q.monthIndex(last), 2);
            done = (1 << (upTo + 1)) - 1;
        }
        int missing = required & ~done;
        if (missing != 0) {
            String months = f.q.months(missing);
            String detail = visitLogGiven ? months
                    : months + (last == null ? "（无走访记录，最近走访日期为空）"
                            : "（无走访记录，最近走访日期" + last + "）");
            f.add(FlagCode.VISIT_OVERDUE, detail, null);
        }
    }
}
