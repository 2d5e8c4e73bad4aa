package cn.recon.match;

import cn.recon.source.Source;
import cn.recon.source.VisitRecord;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links each visit of the 走访记录 to a child of a finished match: by 儿童编号 (the roster key), else by a valid
 * citizen ID found in any source, else by name + township + village when exactly one child fits (a place the visit
 * leaves blank is not used, but then the name must still fit one child only), else by elimination: when several
 * roster children of that name are at the place and all but one of those on the roster in the visit's month already
 * have a visit of the same kind in that month by one of the routes above, the visit is the remaining child's
 * ({@link Route#ELIMINATION}). A visit that fits none is {@link Route#UNLINKED}: reported, never dropped.
 */
public final class VisitLinker {

    /** The fields of a visit that linking uses. {@code idNumber} only when valid. */
    public record Visit(int index, String rosterId, String idNumber, String name, String township, String village,
            LocalDate date, String type) {

        /** A visit without date and kind: it can link by every route but elimination. */
        public Visit(int index, String rosterId, String idNumber, String name, String township, String village) {
            this(index, rosterId, idNumber, name, township, village, null, null);
        }

        public static Visit of(VisitRecord v, int index) {
            boolean valid = v.idNumber() != null && v.idProblem() == null && v.idNumber().length() == 18;
            return new Visit(index, v.rosterId(), valid ? v.idNumber() : null, v.name(), v.township(), v.village(),
                    v.visitDate(), v.visitType());
        }

        YearMonth month() {
            return date == null ? null : YearMonth.from(date);
        }
    }

    /** How a visit found its child. */
    public enum Route {
        ROSTER_ID, ID, NAME_PLACE, ELIMINATION, UNLINKED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The outcome for one visit; {@code childId} is null when unlinked. */
    public record VisitLink(int index, String childId, Route route) {
    }

    private record Place(String childId, String township, String village) {
    }

    /**
     * What a roster record says of its child's time on the roster (登记日期 to 退出日期, either open when not given)
     * and of its last home visit (最近走访日期, null when blank): what elimination among namesakes uses.
     */
    public record RosterSpan(LocalDate registered, LocalDate exited, LocalDate lastVisit) {

        boolean overlaps(YearMonth m) {
            return (registered == null || !registered.isAfter(m.atEndOfMonth()))
                    && (exited == null || !exited.isBefore(m.atDay(1)));
        }
    }

    private static final String AMBIGUOUS = "\u0000ambiguous";
    private static final String NONE = "\u0000none";
    private final Map<String, String> childAt = new HashMap<>();
    private final Map<String, List<String>> namesakesAt = new HashMap<>();
    private static final String NAME = "n\u0000";
    private static final String PINYIN = "p\u0000";
    private final RosterIndex rosterIndex = new RosterIndex();
    private final Map<String, String> byRosterId = new HashMap<>();
    private final Map<String, String> byId = new HashMap<>();
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, List<Place>> byPinyin = new HashMap<>();
    private final Map<String, RosterChild> rosterChildren = new HashMap<>();
    private final Set<String> homeVisitTypes;
    private final List<MatchRecord> records;
    private final MatchResult result;
    private boolean indexed;

    public VisitLinker(List<MatchRecord> records, MatchResult result) {
        this(records, result, Map.of(), Set.of("入户走访"));
    }

    /**
     * With the roster records' spans by {@link MatchRecord#index()} and the visit types that are home visits (the
     * kind 最近走访日期 records), for elimination among namesakes.
     */
    public VisitLinker(List<MatchRecord> records, MatchResult result, Map<Integer, RosterSpan> rosterSpans,
            Set<String> homeVisitTypes) {
        this.homeVisitTypes = Set.copyOf(homeVisitTypes);
        if (records.size() != result.links().size()) {
            throw new IllegalArgumentException("the match result is not of these records");
        }
        this.records = records;
        this.result = result;
        for (int i = 0; i < records.size(); i++) {
            MatchRecord r = records.get(i);
            if (r.source() == Source.ROSTER) {
                String child = result.links().get(i).childId();
                byRosterId.merge(r.sourceKey(), child, (x, y) -> x.equals(y) ? x : AMBIGUOUS);
                RosterSpan span = rosterSpans.get(r.index());
                rosterChildren.computeIfAbsent(child, k -> new RosterChild()).add(span == null
                        ? new RosterSpan(null, null, null) : span);
            }
        }
    }

    /**
     * Indexes the records' citizen IDs, names and sounds that visits may look up: all of them, or (when {@code
     * visits} is given) only those the visits that no 儿童编号 links can ask for. A province has 1.7 million records
     * and most visits carry their 儿童编号, so indexing every name cost more than linking every visit.
     *
     * @param rostered per visit, the child its 儿童编号 links it to, or null (only with {@code visits})
     */
    private void index(List<Visit> visits, String[] rostered) {
        if (indexed) {
            return;
        }
        indexed = true;
        // the visits no 儿童编号 links, and the citizen IDs they carry: only these may be asked of the index
        List<Visit> unrostered = null;
        Set<String> ids = null;
        if (visits != null) {
            unrostered = new ArrayList<>();
            ids = new HashSet<>();
            for (int i = 0; i < visits.size(); i++) {
                Visit v = visits.get(i);
                if (rostered[i] == null) {
                    unrostered.add(v);
                    if (v.idNumber() != null) {
                        ids.add(v.idNumber());
                    }
                }
            }
        }
        for (int i = 0; i < records.size(); i++) {
            MatchRecord r = records.get(i);
            if (r.idValid() && (ids == null || ids.contains(r.idNumber()))) {
                byId.merge(r.idNumber(), result.links().get(i).childId(), (x, y) -> x.equals(y) ? x : AMBIGUOUS);
            }
        }
        Set<String> sounds = null;
        if (unrostered != null) {
            sounds = new HashSet<>();
            for (Visit v : unrostered) {
                if (v.name() != null && idChild(v) == null) {
                    sounds.add(Pinyin.of(v.name()));
                }
            }
        }
        // per distinct name whose sound a visit may ask for: its sound and places, in the order the records first
        // carry the names. Other names are never held (a province's records carry hundreds of thousands of distinct
        // names, of which visits ask for about 15,000); a record whose name is not held costs its name's sound, from
        // the per-character table, and one lookup in the small set asked
        Map<String, NameEntries> names = new LinkedHashMap<>();
        // the records' place names are few and shared: each stemmed once (a stem is a new string, hashed again)
        Map<String, String> townships = new HashMap<>();
        Map<String, String> villages = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            MatchRecord r = records.get(i);
            if (r.name() == null) {
                continue;
            }
            NameEntries entries = names.get(r.name());
            if (entries == null) {
                String sound = Pinyin.of(r.name());
                if (sounds != null && !sounds.contains(sound)) {
                    continue;
                }
                entries = new NameEntries(sound);
                names.put(r.name(), entries);
            }
            entries.places.add(new Place(
                    result.links().get(i).childId(), townships.computeIfAbsent(r.township(), Places::township),
                    villages.computeIfAbsent(r.village(), Places::village)));
        }
        names.forEach((name, entries) -> {
            byName.put(name, new ArrayList<>(entries.places));
            byPinyin.computeIfAbsent(entries.sound, k -> new ArrayList<>()).addAll(entries.places);
        });
        byName.forEach((name, entries) -> rosterIndex.add(NAME + name, entries));
        byPinyin.forEach((pinyin, entries) -> rosterIndex.add(PINYIN + pinyin, entries));
    }

    /** A name's sound and the distinct places of the records that carry it. */
    private static final class NameEntries {
        final String sound;
        final Set<Place> places = new LinkedHashSet<>();

        NameEntries(String sound) {
            this.sound = sound;
        }
    }

    /**
     * The roster children of each name (or sound) by township, with all their entries of that name: a visit at a
     * township need only weigh the roster children with an entry there or with no place at all, not the thousands of
     * children across the province who share a common Dai name.
     */
    private final class RosterIndex {
        private final Map<String, Map<String, List<Place>>> entries = new HashMap<>();
        /** Per key, per township: the roster children with an entry there. */
        private final Map<String, Map<String, Set<String>>> at = new HashMap<>();
        private final Map<String, Set<String>> placeless = new HashMap<>();

        void add(String key, List<Place> all) {
            Map<String, List<Place>> byChild = null;
            Map<String, Set<String>> byTownship = null;
            for (Place p : all) {
                if (onRoster(p.childId())) {
                    if (byChild == null) {
                        byChild = entries.computeIfAbsent(key, k -> new HashMap<>());
                        byTownship = at.computeIfAbsent(key, k -> new HashMap<>());
                    }
                    byChild.computeIfAbsent(p.childId(), k -> new ArrayList<>(2)).add(p);
                    if (p.township() != null) {
                        byTownship.computeIfAbsent(p.township(), k -> new HashSet<>()).add(p.childId());
                    }
                }
            }
            if (byChild != null) {
                byChild.forEach((child, ps) -> {
                    if (ps.stream().allMatch(p -> p.township() == null)) {
                        placeless.computeIfAbsent(key, k -> new HashSet<>()).add(child);
                    }
                });
            }
        }

        /**
         * The entries of the roster children that may be in this township under this key, or null when none may be
         * (then every child of the name is weighed). A roster child may be there only with an entry there or with no
         * place in any entry, so when one may be, the decision among roster children is the whole decision.
         */
        List<Place> near(String key, String twp, String vil) {
            if (twp == null) {
                return null;
            }
            Set<String> children = new LinkedHashSet<>(at.getOrDefault(key, Map.of()).getOrDefault(twp, Set.of()));
            children.addAll(placeless.getOrDefault(key, Set.of()));
            if (children.isEmpty()) {
                return null;
            }
            Map<String, List<Place>> byChild = entries.get(key);
            List<Place> out = new ArrayList<>();
            for (String c : children) {
                out.addAll(byChild.get(c));
            }
            return mayBeThere(votes(out, twp, vil)).isEmpty() ? null : out;
        }
    }

    /** Entries to weigh for a name (or sound) at a place: the roster children near it when some may be there. */
    private List<Place> entries(String key, List<Place> all, String twp, String vil) {
        List<Place> near = rosterIndex.near(key, twp, vil);
        return near != null ? near : all;
    }

    public List<VisitLink> linkAll(List<Visit> visits) {
        String[] rostered = new String[visits.size()];
        for (int i = 0; i < rostered.length; i++) {
            rostered[i] = rosterChild(visits.get(i));
        }
        index(visits, rostered);
        List<VisitLink> out = new ArrayList<>(visits.size());
        Set<Seen> seen = new HashSet<>();
        Map<Integer, List<String>> open = new LinkedHashMap<>();
        for (int i = 0; i < rostered.length; i++) {
            Visit v = visits.get(i);
            VisitLink l = rostered[i] != null ? new VisitLink(v.index(), rostered[i], Route.ROSTER_ID)
                    : linkWithoutRosterId(v);
            out.add(l);
            if (v.date() == null || v.type() == null) {
                continue;
            }
            if (l.childId() != null) {
                seen.add(new Seen(l.childId(), v.month(), v.type()));
            } else {
                List<String> candidates = namesakes(v);
                if (candidates.size() > 1) {
                    open.put(out.size() - 1, candidates);
                }
            }
        }
        // a visit linked by elimination may leave a namesake of another visit alone: again until nothing changes.
        // Only the open visits of a newly visited child can change, so only they are weighed again: later ones in
        // this round, earlier ones in the next, which is the order of weighing every open visit round after round.
        Map<String, List<Integer>> openOf = new HashMap<>();
        open.forEach((at, candidates) -> candidates.forEach(c -> openOf.computeIfAbsent(c, k -> new ArrayList<>(2))
                .add(at)));
        TreeSet<Integer> round = new TreeSet<>(open.keySet());
        while (!round.isEmpty()) {
            TreeSet<Integer> next = new TreeSet<>();
            for (Integer at = round.pollFirst(); at != null; at = round.pollFirst()) {
                List<String> candidates = open.get(at);
                Visit v = visits.get(at);
                String child = candidates == null ? null : eliminate(v, candidates, seen);
                if (child == null) {
                    continue;
                }
                out.set(at, new VisitLink(v.index(), child, Route.ELIMINATION));
                seen.add(new Seen(child, v.month(), v.type()));
                open.remove(at);
                for (int other : openOf.get(child)) {
                    if (open.containsKey(other)) {
                        (other > at ? round : next).add(other);
                    }
                }
            }
            round = next;
        }
        return out;
    }

    /**
     * The one namesake this visit can be: of those on the roster in its month, a home visit is not of a child whose
     * 最近走访日期 is before it (that date would be the visit's or later) and is the child whose 最近走访日期 is its
     * very date when only one is; otherwise the visit is the only candidate's without a visit of its kind that month.
     */
    private String eliminate(Visit v, List<String> candidates, Set<Seen> seen) {
        boolean home = homeVisitTypes.contains(v.type());
        YearMonth month = v.month();
        List<String> possible = new ArrayList<>(candidates.size());
        String sameDay = null;
        int sameDays = 0;
        for (String c : candidates) {
            RosterChild rc = rosterChildren.get(c);
            LocalDate last = rc == null ? null : rc.lastVisit;
            if (rc == null || !rc.onRosterIn(month) || (home && last != null && last.isBefore(v.date()))) {
                continue;
            }
            possible.add(c);
            if (home && v.date().equals(last)) {
                sameDay = c;
                sameDays++;
            }
        }
        if (sameDays == 1) {
            return sameDay;
        }
        String left = null;
        for (String c : possible) {
            if (!seen.contains(new Seen(c, month, v.type()))) {
                if (left != null) {
                    return null;
                }
                left = c;
            }
        }
        return left;
    }

    private boolean onRoster(String child) {
        return rosterChildren.containsKey(child);
    }

    /** A roster child's spans on the roster and its latest 最近走访日期 (null when none is given). */
    private static final class RosterChild {
        private final List<RosterSpan> spans = new ArrayList<>(1);
        private LocalDate lastVisit;

        void add(RosterSpan span) {
            spans.add(span);
            if (span.lastVisit() != null && (lastVisit == null || span.lastVisit().isAfter(lastVisit))) {
                lastVisit = span.lastVisit();
            }
        }

        boolean onRosterIn(YearMonth month) {
            for (RosterSpan s : spans) {
                if (s.overlaps(month)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A child visited in a month by a visit of a kind. */
    private record Seen(String child, YearMonth month, String type) {
    }

    /**
     * The roster children this visit's name may mean at its place, when the name fits several: the candidates of
     * {@link #only} that made it ambiguous (exact name first, else the same sound with both place fields given).
     */
    private List<String> namesakes(Visit v) {
        return v.name() == null ? List.of() : namesakesAt.computeIfAbsent(placeKey(v), k -> findNamesakes(v));
    }

    private List<String> findNamesakes(Visit v) {
        String twp = Places.township(v.township()), vil = Places.village(v.village());
        List<String> exact = candidates(entries(NAME + v.name(), byName.get(v.name()), twp, vil), twp, vil);
        if (!exact.isEmpty() || twp == null || vil == null) {
            return exact;
        }
        String pinyin = Pinyin.of(v.name());
        return pinyin == null ? List.of()
                : candidates(entries(PINYIN + pinyin, byPinyin.get(pinyin), twp, vil), twp, vil);
    }

    public VisitLink link(Visit v) {
        index(null, null);
        String child = rosterChild(v);
        return child != null ? new VisitLink(v.index(), child, Route.ROSTER_ID) : linkWithoutRosterId(v);
    }

    /** The link of a visit its 儿童编号 does not link: by citizen ID, else by name and place (after {@link #index}). */
    private VisitLink linkWithoutRosterId(Visit v) {
        String child = idChild(v);
        if (child != null) {
            return new VisitLink(v.index(), child, Route.ID);
        }
        child = byNameAndPlace(v);
        return child == null || child == AMBIGUOUS ? new VisitLink(v.index(), null, Route.UNLINKED)
                : new VisitLink(v.index(), child, Route.NAME_PLACE);
    }

    /** The child of the visit's 儿童编号, or null when none or several. */
    private String rosterChild(Visit v) {
        String child = v.rosterId() == null ? null : byRosterId.get(v.rosterId().strip());
        return child == AMBIGUOUS ? null : child;
    }

    /** The child of the visit's valid citizen ID, or null when none or several (after {@link #index}). */
    private String idChild(Visit v) {
        String child = v.idNumber() == null ? null : byId.get(v.idNumber());
        return child == AMBIGUOUS ? null : child;
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
        // many visits name the same child at the same place: a common name's entries are scanned once per place
        String child = childAt.computeIfAbsent(placeKey(v), k -> {
            String found = findByNameAndPlace(v);
            return found == null ? NONE : found;
        });
        return child == NONE ? null : child;
    }

    private static String placeKey(Visit v) {
        return v.name() + '\u0000' + v.township() + '\u0000' + v.village();
    }

    private String findByNameAndPlace(Visit v) {
        String twp = Places.township(v.township()), vil = Places.village(v.village());
        Map<String, int[]> votes = votes(entries(NAME + v.name(), byName.get(v.name()), twp, vil), twp, vil);
        List<String> may = mayBeThere(votes);
        String child = only(votes, may, false);
        boolean rosterChildThere = may.stream().anyMatch(this::onRoster);
        if (twp == null || vil == null || child != null && (child != AMBIGUOUS || rosterChildThere)) {
            return child;
        }
        // no roster child of this exact name may be at this place (at most children known only to 户籍 or 学籍, such
        // as a 学籍 row that gives no place): a name written with other characters of the same sound (杨锋雨 for
        // 杨凤雨, 岩汉温 for 岩罕温) still names the one roster child of that sound whose records give this very place
        String pinyin = Pinyin.of(v.name());
        if (pinyin == null) {
            return child;
        }
        Map<String, int[]> bySound = votes(entries(PINYIN + pinyin, byPinyin.get(pinyin), twp, vil), twp, vil);
        String soundChild = only(bySound, mayBeThere(bySound), true);
        return soundChild != null ? soundChild : child;
    }

    /**
     * The only child that may be at the place ({@code may}, of these {@link #votes}), or AMBIGUOUS, or null when none
     * may be there. When {@code strict}, that child must be on the roster and a record of it must name the place (both
     * fields given).
     */
    private String only(Map<String, int[]> votes, List<String> may, boolean strict) {
        if (may.isEmpty()) {
            return null;
        }
        if (may.size() > 1) {
            return AMBIGUOUS;
        }
        String only = may.get(0);
        if (strict && !onRoster(only)) {
            return AMBIGUOUS;
        }
        return votes.get(only)[6] > 0 ? only : AMBIGUOUS;
    }

    /** The roster children of these entries that may be at the place (empty unless every one is on the roster). */
    private List<String> candidates(List<Place> entries, String twp, String vil) {
        List<String> may = mayBeThere(votes(entries, twp, vil));
        return may.stream().allMatch(this::onRoster) ? may : List.of();
    }

    /** Per child: [silent, agrees, contradicts] on township, then the same on village, then full agreements. */
    private static Map<String, int[]> votes(List<Place> entries, String twp, String vil) {
        Map<String, int[]> votes = new LinkedHashMap<>();
        if (entries == null) {
            return votes;
        }
        for (Place p : entries) {
            int[] c = votes.computeIfAbsent(p.childId(), k -> new int[7]);
            tally(c, 0, twp, p.township());
            tally(c, 3, vil, p.village());
            if ((twp == null || twp.equals(p.township())) && (vil == null || vil.equals(p.village()))) {
                c[6]++;
            }
        }
        return votes;
    }

    /**
     * The children that may be at the place. The visit log is of roster children: a namesake known only to 户籍 or
     * 学籍 does not compete with one on the roster (FORMATS.md: a visit links to a roster child); without a roster
     * candidate, any child may do.
     */
    private List<String> mayBeThere(Map<String, int[]> votes) {
        List<String> may = new ArrayList<>();
        boolean rosterCandidate = false;
        for (Map.Entry<String, int[]> e : votes.entrySet()) {
            if (mayBeThere(e.getValue())) {
                may.add(e.getKey());
                rosterCandidate |= onRoster(e.getKey());
            }
        }
        if (rosterCandidate) {
            may.removeIf(c -> !onRoster(c));
        }
        return may;
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
