package cn.recon.report;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Home-visit coverage of one month (DOMAIN.md, VISIT_OVERDUE): children due a visit (on the roster the whole month)
 * and those of them with a home visit (入户走访) in the month, for all roster children and for key children.
 */
public record VisitCoverage(YearMonth month, int rosterDue, int rosterVisited, int keyDue, int keyVisited) {

    public VisitCoverage {
        Objects.requireNonNull(month, "month");
        if (rosterVisited > rosterDue || keyVisited > keyDue || keyDue > rosterDue) {
            throw new IllegalArgumentException("visit coverage of " + month + ": visited exceeds due");
        }
    }

    /** Visited / due, or null when nobody was due. */
    public Double rosterShare() {
        return rosterDue == 0 ? null : (double) rosterVisited / rosterDue;
    }

    public Double keyShare() {
        return keyDue == 0 ? null : (double) keyVisited / keyDue;
    }

    VisitCoverage plus(VisitCoverage o) {
        return new VisitCoverage(month, rosterDue + o.rosterDue, rosterVisited + o.rosterVisited, keyDue + o.keyDue,
                keyVisited + o.keyVisited);
    }
}
