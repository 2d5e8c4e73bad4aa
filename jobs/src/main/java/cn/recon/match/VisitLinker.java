package cn.recon.match;

import cn.recon.person.PersonName;
import cn.recon.source.Source;
import cn.recon.source.VisitRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links each visit of the 走访记录 to a child of a finished match: by 儿童编号 (the roster key), else by a valid
 * citizen ID found in any source, else by name + township + village when exactly one child fits (a place the visit
 * leaves blank is not used, but then the name must still fit one child only). A visit that fits none is
 * {@link Route#UNLINKED}: reported, never dropped.
 */
public final class VisitLinker {

    /** The fields of a visit that linking uses. {@code idNumber} only when valid. */
    public record Visit(int index, String rosterId, String idNumber, String name, String township, String village) {

        public static Visit of(VisitRecord v, int index) {
            boolean valid = v.idNumber() != null && v.idProblem() == null && v.idNumber().length() == 18;
            return new Visit(index, v.rosterId(), valid ? v.idNumber() : null, v.name(), v.township(), v.village());
        }
    }

    /** How a visit found its child. */
    public enum Route {
        ROSTER_ID, ID, NAME_PLACE, UNLINKED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The outcome for one visit; {@code childId} is null when unlinked. */
    public record VisitLink(int index, String childId, Route route) {
    }

    private record Place(String childId, String township, String village) {
    }

    private static final String AMBIGUOUS = "\u0000ambiguous";
    private final Map<String, String> byRosterId = new HashMap<>();
    private final Map<String, String> byId = new HashMap<>();
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, List<Place>> byPinyin = new HashMap<>();
    private final Set<String> onRoster = new HashSet<>();

    public VisitLinker(List<MatchRecord> records, MatchResult result) {
        if (records.size() != result.links().size()) {
            throw new IllegalArgumentException("the match result is not of these records");
        }
        Map<String, Set<Place>> places = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            MatchRecord r = records.get(i);
            String child = result.links().get(i).childId();
            if (r.source() == Source.ROSTER) {
                byRosterId.merge(r.sourceKey(), child, (x, y) -> x.equals(y) ? x : AMBIGUOUS);
                onRoster.add(child);
            }
            if (r.idValid()) {
                byId.merge(r.idNumber(), child, (x, y) -> x.equals(y) ? x : AMBIGUOUS);
            }
            if (r.name() != null) {
                places.computeIfAbsent(r.name(), k -> new LinkedHashSet<>())
                        .add(new Place(child, Places.township(r.township()), Places.village(r.village())));
            }
        }
        places.forEach((name, set) -> {
            byName.put(name, new ArrayList<>(set));
            String pinyin = PersonName.pinyin(name);
            if (pinyin != null) {
                byPinyin.computeIfAbsent(pinyin, k -> new ArrayList<>()).addAll(set);
            }
        });
    }

    public List<VisitLink> linkAll(List<Visit> visits) {
        List<VisitLink> out = new ArrayList<>(visits.size());
        for (Visit v : visits) {
            out.add(link(v));
        }
        return out;
    }

    public VisitLink link(Visit v) {
        String child = v.rosterId() == null ? null : byRosterId.get(v.rosterId().strip());
        if (child != null && child != AMBIGUOUS) {
            return new VisitLink(v.index(), child, Route.ROSTER_ID);
        }
        child = v.idNumber() == null ? null : byId.get(v.idNumber());
        if (child != null && child != AMBIGUOUS) {
            return new VisitLink(v.index(), child, Route.ID);
        }
        child = byNameAndPlace(v);
        return child == null || child == AMBIGUOUS ? new VisitLink(v.index(), null, Route.UNLINKED)
                : new VisitLink(v.index(), child, Route.NAME_PLACE);
    }

    /**
     * The only child that may carry this name at this place: some record of it agrees on every place field the visit
     * gives, and no other child may be there. A child may be there when a record of that name agrees or is silent on
     * the visit's place fields, unless the child's records that do give the field all name another place (a 学籍 row
     * without 户口所在地 does not make a child who lives in another village a candidate everywhere).
     */
    private String byNameAndPlace(Visit v) {
        if (v.name() == null) {
            return null;
        }
        String twp = Places.township(v.township()), vil = Places.village(v.village());
        String child = only(byName.get(v.name()), twp, vil, false);
        if (child != null || twp == null || vil == null) {
            return child;
        }
        // no child of this exact name may be at this place: a name written with other characters of the same
        // sound (杨锋雨 for 杨凤雨) still names the one roster child of that sound whose records give this very place
        String pinyin = PersonName.pinyin(v.name());
        return pinyin == null ? null : only(byPinyin.get(pinyin), twp, vil, true);
    }

    /**
     * The only child of these entries that may be at the place, or AMBIGUOUS, or null when none may be there. When
     * {@code strict}, that child must be on the roster and a record of it must name the place (both fields given).
     */
    private String only(List<Place> entries, String twp, String vil, boolean strict) {
        if (entries == null) {
            return null;
        }
        Map<String, int[]> votes = new LinkedHashMap<>();
        for (Place p : entries) {
            // per child: [silent, agrees, contradicts] on township, then the same on village
            int[] c = votes.computeIfAbsent(p.childId(), k -> new int[7]);
            tally(c, 0, twp, p.township());
            tally(c, 3, vil, p.village());
            if ((twp == null || twp.equals(p.township())) && (vil == null || vil.equals(p.village()))) {
                c[6]++;
            }
        }
        // the visit log is of roster children: a namesake known only to 户籍 or 学籍 does not compete with one on
        // the roster (FORMATS.md: a visit links to a roster child); without a roster candidate, any child may do
        boolean rosterCandidate = false;
        for (Map.Entry<String, int[]> e : votes.entrySet()) {
            if (mayBeThere(e.getValue()) && onRoster.contains(e.getKey())) {
                rosterCandidate = true;
                break;
            }
        }
        String only = null;
        for (Map.Entry<String, int[]> e : votes.entrySet()) {
            if (mayBeThere(e.getValue()) && (!rosterCandidate || onRoster.contains(e.getKey()))) {
                if (only != null) {
                    return AMBIGUOUS;
                }
                only = e.getKey();
            }
        }
        if (only == null) {
            return null;
        }
        if (strict && !onRoster.contains(only)) {
            return AMBIGUOUS;
        }
        return votes.get(only)[6] > 0 ? only : AMBIGUOUS;
    }

    /** Some record agrees with or is silent on each place field the visit gives, unless all that give it differ. */
    private static boolean mayBeThere(int[] c) {
        return (c[1] > 0 || c[2] == 0) && (c[4] > 0 || c[5] == 0);
    }

    private static void tally(int[] c, int at, String wanted, String given) {
        if (wanted == null || given == null) {
            c[at]++;
        } else if (wanted.equals(given)) {
            c[at + 1]++;
        } else {
            c[at + 2]++;
        }
    }
}
