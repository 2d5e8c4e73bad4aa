package cn.recon.report;

import java.util.List;
import java.util.Objects;

/**
 * The counts of one township for the summary sheet of the data officer's workbook. Flags by code are not part of
 * it: the workbook counts them from the flags it writes, so the summary and the per-flag sheets cannot disagree.
 *
 * @param children       distinct children of the township (after matching)
 * @param hukouChildren  children with a local 户籍 record
 * @param schoolChildren children with a 学籍 record
 * @param rosterChildren children active in the roster (在册) at the reference date
 * @param age0to5        children aged 0–5 at the reference date; likewise 6–13 and 14–17
 * @param visits         one entry per month of the quarter, in month order (may be empty)
 */
public record TownshipSummary(String township, int children, int hukouChildren, int schoolChildren,
        int rosterChildren, int age0to5, int age6to13, int age14to17, List<VisitCoverage> visits) {

    public TownshipSummary {
        Objects.requireNonNull(township, "township");
        visits = visits == null ? List.of() : List.copyOf(visits);
    }
}
