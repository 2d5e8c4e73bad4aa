package cn.recon.match;

import cn.recon.person.IdNumber;
import cn.recon.person.Sex;
import cn.recon.source.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test records for one scenario, added to a synthetic background county (so that the model has data to learn m and
 * u from, as in a real run). Positions returned by the add methods index the match result.
 */
final class Scenario {

    private static final int BACKGROUND_CHILDREN = 3000;
    private static List<MatchRecord> background;
    private final List<MatchRecord> records = new ArrayList<>();

    Scenario() {
        records.addAll(background());
    }

    static synchronized List<MatchRecord> background() {
        if (background == null) {
            background = SyntheticPopulation.generate(BACKGROUND_CHILDREN, 11).records();
        }
        return background;
    }

    /** A valid citizen ID from area code and birth date, with sequence {@code seq} (odd for boys). */
    static String id(String area, LocalDate birth, int seq) {
        String first17 = area + SyntheticPopulation.ymd(birth) + String.format("%03d", seq);
        return first17 + IdNumber.checkCharacter(first17);
    }

    int hukou(String id, String name, Sex sex, LocalDate birth, String township, String village, String father,
            String mother) {
        IdNumber p = IdNumber.parse(id);
        return add(new MatchRecord(Source.HUKOU, records.size(), p.normalized(), p.normalized(), p.isValid(), name,
                sex, birth, township, village, null, null, father, mother, false));
    }

    /** A student; a G number carries its ID, J and L numbers carry none. */
    int school(String studentNumber, String name, Sex sex, LocalDate birth, String areaCode, String guardian) {
        IdNumber p = studentNumber.startsWith("G") ? IdNumber.parse(studentNumber.substring(1)) : null;
        return add(new MatchRecord(Source.SCHOOL, records.size(), studentNumber, p == null ? null : p.normalized(),
                p != null && p.isValid(), name, sex, birth, null, null, areaCode, guardian, null, null, p == null));
    }

    int roster(String rosterId, String id, String name, Sex sex, LocalDate birth, String township, String village,
            String guardian, boolean hukouRegistered) {
        IdNumber p = id == null ? null : IdNumber.parse(id);
        return add(new MatchRecord(Source.ROSTER, records.size(), rosterId, p == null ? null : p.normalized(),
                p != null && p.isValid(), name, sex, birth, township, village, null, guardian, null, null,
                !hukouRegistered && id == null));
    }

    int add(MatchRecord r) {
        records.add(r);
        return records.size() - 1;
    }

    List<MatchRecord> records() {
        return records;
    }

    MatchResult run() {
        return run(PreviousLinks.none(), ReviewDecisions.none(), "C");
    }

    MatchResult run(PreviousLinks previous, ReviewDecisions decisions, String idPrefix) {
        AtomicInteger next = new AtomicInteger();
        return new Matcher().match(records, previous, decisions, MatchSettings.defaults(),
                () -> idPrefix + next.incrementAndGet());
    }

    static String child(MatchResult r, int position) {
        return r.links().get(position).childId();
    }

    static boolean together(MatchResult r, int a, int b) {
        return child(r, a).equals(child(r, b));
    }
}
