package cn.recon.rules;

import cn.recon.source.HukouRecord;
import cn.recon.source.RosterRecord;
import cn.recon.source.SchoolRecord;
import cn.recon.source.Source;
import cn.recon.source.VisitRecord;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the rules need to know about one child, derived once from its records: birth date and age, compulsory-school
 * age, roster and 户籍 state; and the findings of the rules so far.
 *
 * <p>Birth date order: the birth date in the first valid citizen ID (户籍, then 学籍, then 民政, then visit log),
 * else the 出生日期 of the first 户籍 record that has one, then 学籍, then 民政.
 */
final class ChildFacts {

    /** One rule's finding before severity and agency are attached. {@code sources} may be null. */
    record Finding(FlagCode code, String detail, Set<Source> sources) {
    }

    final ChildRecords c;
    final QuarterFrame q;
    final RuleSettings s;
    final LocalDate birthDate;
    /** Whole years at the reference date; -1 when unknown. */
    final int age;
    /** Whole years on the cut-off day; -1 when unknown. */
    final int ageAtCutoff;
    final boolean compulsory;
    final boolean activeInRoster;
    final boolean hasHukou;
    /** Every 户籍 record of the child is cancelled at the reference date. */
    final boolean hukouCancelled;
    /** Some 户籍 record of the child is not cancelled at the reference date. */
    final boolean hukouLive;
    /** Exempt from the education rules: 户籍 cancelled, or every school record in a death status. */
    final boolean exempt;
    /** The first valid citizen ID of any record (户籍, 学籍, 民政, visits), or null. */
    final String validId;
    /** Some record carries a non-blank citizen ID (valid or not). */
    final boolean anyId;
    private List<Finding> findings;

    ChildFacts(ChildRecords c, QuarterFrame q, RuleSettings s) {
        this.c = c;
        this.q = q;
        this.s = s;
        String valid = null;
        boolean any = false;
        for (HukouRecord h : c.hukou()) {
            any |= h.idNumber() != null;
            valid = valid == null && isValid(h.idNumber(), h.idProblem()) ? h.idNumber() : valid;
        }
        for (SchoolRecord r : c.school()) {
            any |= r.idNumber() != null;
            valid = valid == null && isValid(r.idNumber(), r.idProblem()) ? r.idNumber() : valid;
        }
        for (RosterRecord r : c.roster()) {
            any |= r.idNumber() != null;
            valid = valid == null && isValid(r.idNumber(), r.idProblem()) ? r.idNumber() : valid;
        }
        for (VisitRecord v : c.visits()) {
            any |= v.idNumber() != null;
            valid = valid == null && isValid(v.idNumber(), v.idProblem()) ? v.idNumber() : valid;
        }
        this.validId = valid;
        this.anyId = any;
        this.birthDate = birthDate(c, valid);
        this.age = birthDate == null ? -1 : QuarterFrame.age(birthDate, q.reference);
        this.ageAtCutoff = birthDate == null ? -1 : QuarterFrame.age(birthDate, q.cutoff);
        RuleSettings.CompulsoryAge ca = s.compulsoryAge();
        this.compulsory = ageAtCutoff >= 0 && ageAtCutoff >= ca.minAge() && ageAtCutoff <= ca.maxAge();

        boolean active = false;
        for (RosterRecord r : c.roster()) {
            active |= activeAtReference(r);
        }
        this.activeInRoster = active;

        boolean live = false;
        boolean cancelled = false;
        for (HukouRecord h : c.hukou()) {
            if (cancelled(h)) {
                cancelled = true;
            } else {
                live = true;
            }
        }
        this.hasHukou = !c.hukou().isEmpty();
        this.hukouLive = live;
        this.hukouCancelled = cancelled && !live;

        boolean onlyDeath = !c.school().isEmpty();
        for (SchoolRecord r : c.school()) {
            onlyDeath &= r.status() != null && s.school().deathStatuses().contains(r.status());
        }
        this.exempt = hukouCancelled || onlyDeath;
    }

    /** A cancellation status dated on or before the reference date (or undated). */
    boolean cancelled(HukouRecord h) {
        return h.status() != null && s.hukou().cancelledStatuses().contains(h.status())
                && (h.statusDate() == null || !h.statusDate().isAfter(q.reference));
    }

    /**
     * 在册 at the reference date: registered on or before it, and either in an active status with no exit date on or
     * before it, or exited only after it (an extract taken after the quarter may already show the exit).
     */
    boolean activeAtReference(RosterRecord r) {
        if (r.registeredDate() != null && r.registeredDate().isAfter(q.reference)) {
            return false;
        }
        if (r.exitDate() != null) {
            return r.exitDate().isAfter(q.reference);
        }
        return r.rosterStatus() != null && s.roster().activeStatuses().contains(r.rosterStatus());
    }

    /**
     * On the roster for the whole of month {@code i}: registered on or before its first day (a blank 登记日期 counts
     * as earlier), and no exit date on or before its last day (a record exited without a date covers no month).
     */
    boolean onRosterWholeMonth(RosterRecord r, int i) {
        if (r.registeredDate() != null && r.registeredDate().isAfter(q.monthStart[i])) {
            return false;
        }
        if (r.exitDate() != null) {
            return r.exitDate().isAfter(q.monthEnd[i]);
        }
        return r.rosterStatus() != null && s.roster().activeStatuses().contains(r.rosterStatus());
    }

    void add(FlagCode code, String detail, Set<Source> sources) {
        if (findings == null) {
            findings = new ArrayList<>(4);
        }
        findings.add(new Finding(code, detail, sources));
    }

    boolean has(FlagCode code) {
        if (findings != null) {
            for (Finding f : findings) {
                if (f.code() == code) {
                    return true;
                }
            }
        }
        return false;
    }

    List<Finding> findings() {
        return findings == null ? List.of() : findings;
    }

    /** A valid citizen ID: present, no problem found by ingestion, 18 characters. */
    static boolean isValid(String idNumber, String idProblem) {
        return idNumber != null && idProblem == null && idNumber.length() == 18;
    }

    private static LocalDate birthDate(ChildRecords c, String validId) {
        if (validId != null) {
            try {
                return LocalDate.of(digits(validId, 6, 10), digits(validId, 10, 12), digits(validId, 12, 14));
            } catch (DateTimeException e) {
                // not what ingestion calls valid; fall back to the birth-date fields
            }
        }
        for (HukouRecord h : c.hukou()) {
            if (h.birthDate() != null) {
                return h.birthDate();
            }
        }
        for (SchoolRecord r : c.school()) {
            if (r.birthDate() != null) {
                return r.birthDate();
            }
        }
        for (RosterRecord r : c.roster()) {
            if (r.birthDate() != null) {
                return r.birthDate();
            }
        }
        return null;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
