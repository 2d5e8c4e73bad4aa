package cn.recon.rules;

import cn.recon.person.Sex;
import cn.recon.source.HukouRecord;
import cn.recon.source.RosterRecord;
import cn.recon.source.SchoolRecord;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a child's {@link ChildState} from its records and the rules' result. Preference for display fields: the
 * roster (the data officer's own register), then 户籍, then 学籍; the latest school record gives the last school.
 */
final class ChildStates {

    private ChildStates() {
    }

    static ChildState of(String quarter, ChildRecords c, ChildResult r) {
        RosterRecord ro = latest(c.roster(), RosterRecord::registeredDate);
        HukouRecord hu = c.hukou().isEmpty() ? null : c.hukou().get(0);
        SchoolRecord sc = latest(c.school(), SchoolRecord::statusDate);
        String name = first(ro == null ? null : ro.name(), hu == null ? null : hu.name(), sc == null ? null : sc.name());
        Sex sex = ro != null && ro.sex() != null ? ro.sex() : hu != null && hu.sex() != null ? hu.sex()
                : sc == null ? null : sc.sex();
        String id = validId(c);
        String township = first(ro == null ? null : ro.township(), hu == null ? null : hu.township());
        String village = first(ro == null ? null : ro.village(), hu == null ? null : hu.village());
        String guardian = first(ro == null ? null : ro.guardianName(), sc == null ? null : sc.guardianName());
        return new ChildState(quarter, c.childId(), name, sex, r.birthDate(), id, township, village,
                keys(c.roster(), RosterRecord::rosterId), keys(c.school(), SchoolRecord::studentNumber),
                keys(c.hukou(), HukouRecord::idNumber), !c.hukou().isEmpty(), !c.school().isEmpty(),
                !c.roster().isEmpty(), r.activeInRoster(), r.keyChild(), r.age(), r.visitRequired(), r.visitDone(),
                guardian, sc == null ? null : sc.schoolName(), sc == null ? null : sc.status(),
                ro == null ? null : ro.childDirector());
    }

    private static String validId(ChildRecords c) {
        for (HukouRecord h : c.hukou()) {
            if (h.idNumber() != null && h.idProblem() == null) {
                return h.idNumber();
            }
        }
        for (SchoolRecord s : c.school()) {
            if (s.idNumber() != null && s.idProblem() == null) {
                return s.idNumber();
            }
        }
        for (RosterRecord r : c.roster()) {
            if (r.idNumber() != null && r.idProblem() == null) {
                return r.idNumber();
            }
        }
        return null;
    }

    private static <T, K extends Comparable<K>> T latest(List<T> list, Function<T, K> date) {
        if (list.isEmpty()) {
            return null;
        }
        return list.stream().max(Comparator.comparing(date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
    }

    private static <T> String keys(List<T> list, Function<T, String> key) {
        Set<String> keys = new LinkedHashSet<>();
        for (T t : list) {
            String k = key.apply(t);
            if (k != null) {
                keys.add(k);
            }
        }
        return keys.isEmpty() ? null : String.join("|", keys);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
