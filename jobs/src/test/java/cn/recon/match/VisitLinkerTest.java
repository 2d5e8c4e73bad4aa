package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Sex;
import cn.recon.source.VisitRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Visits join their child by 儿童编号, else citizen ID, else unambiguous name and place; others are unlinked. */
class VisitLinkerTest {

    @Test
    void linksEachVisitByTheFirstRouteThatWorksAndReportsTheRest() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2014, 2, 3);
        String id = Scenario.id("532801", born, 91);
        int h = s.hukou(id, "谢雨桐", Sex.FEMALE, born, "测试镇", "辛村", "谢军", "邹兰");
        int r = s.roster("RT-70", null, "谢雨桐", Sex.FEMALE, born, "测试镇", "辛村", "谢军", true);
        LocalDate born2 = LocalDate.of(2016, 5, 6);
        int other = s.hukou(Scenario.id("532801", born2, 93), "喻晨曦", Sex.FEMALE, born2, "测试镇", "壬村", "喻平", null);
        // two children named 邱乐 in one village: a visit by name there cannot choose
        s.hukou(Scenario.id("532801", born2, 95), "邱乐", Sex.MALE, born2, "测试镇", "癸村", "邱一", null);
        s.hukou(Scenario.id("532801", born, 97), "邱乐", Sex.MALE, born, "测试镇", "癸村", "邱二", null);
        MatchResult result = s.run();
        VisitLinker linker = new VisitLinker(s.records(), result);

        List<VisitLinker.VisitLink> links = linker.linkAll(List.of(
                new VisitLinker.Visit(0, "RT-70", null, null, null, null),
                new VisitLinker.Visit(1, null, id, "谢雨桐", null, null),
                new VisitLinker.Visit(2, "RT-unknown", null, "喻晨曦", "测试镇", "壬村委会"),
                new VisitLinker.Visit(3, null, null, "邱乐", "测试镇", "癸村"),
                new VisitLinker.Visit(4, null, null, "无此人", "测试镇", "壬村")));
        assertThat(links).extracting(VisitLinker.VisitLink::route).containsExactly(VisitLinker.Route.ROSTER_ID,
                VisitLinker.Route.ID, VisitLinker.Route.NAME_PLACE, VisitLinker.Route.UNLINKED,
                VisitLinker.Route.UNLINKED);
        assertThat(links.get(0).childId()).isEqualTo(Scenario.child(result, r)).isEqualTo(Scenario.child(result, h));
        assertThat(links.get(1).childId()).isEqualTo(Scenario.child(result, h));
        assertThat(links.get(2).childId()).isEqualTo(Scenario.child(result, other));
        assertThat(links.get(3).childId()).isNull();
        assertThat(links).extracting(VisitLinker.VisitLink::index).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aChildWhoseRecordsNameAnotherPlaceIsNoNamesakeCandidate() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2015, 3, 4);
        String idA = Scenario.id("532801", born, 31);
        // 岩温 A: a 学籍 row (no village) and a roster row in 甲村; 岩温 B: a roster row in 乙村
        int schoolA = s.school("G" + idA, "岩温", Sex.MALE, born, null, "玉香");
        int rosterA = s.roster("RT-1", idA, "岩温", Sex.MALE, born, "测试镇", "甲村", "玉香", true);
        LocalDate born2 = LocalDate.of(2017, 8, 9);
        int rosterB = s.roster("RT-2", Scenario.id("532801", born2, 33), "岩温", Sex.MALE, born2, "测试镇", "乙村",
                "玉罕", true);
        MatchResult result = s.run();
        assertThat(Scenario.child(result, schoolA)).isEqualTo(Scenario.child(result, rosterA));
        VisitLinker linker = new VisitLinker(s.records(), result);

        assertLinksByNameAndPlace(linker, "岩温", "测试镇", "乙村", result, rosterB);
        // without a village both may be there: no choice
        assertThat(linker.link(new VisitLinker.Visit(1, null, null, "岩温", "测试镇", null)).childId()).isNull();
    }

    @Test
    void aNamesakeKnownOnlyToHukouDoesNotCompeteWithTheRosterChild() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2016, 1, 2);
        int roster = s.roster("RT-5", Scenario.id("532801", born, 51), "饶霁", Sex.FEMALE, born, "测试镇", "丙村",
                "岩香", true);
        LocalDate born2 = LocalDate.of(2019, 4, 5);
        int hukouOnly = s.hukou(Scenario.id("532801", born2, 52), "饶霁", Sex.FEMALE, born2, "测试镇", "丙村", "岩应",
                null);
        LocalDate born3 = LocalDate.of(2012, 6, 7);
        int onlyInDing = s.hukou(Scenario.id("532801", born3, 53), "饶霁", Sex.FEMALE, born3, "测试镇", "丁村", "岩保",
                null);
        MatchResult result = s.run();
        assertThat(Scenario.child(result, roster)).isNotEqualTo(Scenario.child(result, hukouOnly));
        VisitLinker linker = new VisitLinker(s.records(), result);

        assertLinksByNameAndPlace(linker, "饶霁", "测试镇", "丙村", result, roster);
        // where no roster child of the name may be, the one child there still fits
        assertThat(linker.link(new VisitLinker.Visit(1, null, null, "饶霁", "测试镇", "丁村")).childId())
                .isEqualTo(Scenario.child(result, onlyInDing));
        // two roster children of the name in one village: still no choice
        Scenario t = new Scenario();
        t.roster("RT-6", Scenario.id("532801", born, 61), "饶霁", Sex.FEMALE, born, "测试镇", "丙村", "岩香", true);
        t.roster("RT-7", Scenario.id("532801", born2, 62), "饶霁", Sex.FEMALE, born2, "测试镇", "丙村", "岩应", true);
        MatchResult r2 = t.run();
        assertThat(new VisitLinker(t.records(), r2).link(new VisitLinker.Visit(0, null, null, "饶霁", "测试镇", "丙村"))
                .route()).isEqualTo(VisitLinker.Route.UNLINKED);
    }

    @Test
    void aNameOfTheSameSoundFindsTheOneRosterChildOfThatSoundAtThePlace() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2015, 9, 10);
        int roster = s.roster("RT-8", null, "杨凤雨", Sex.FEMALE, born, "测试镇", "戊村", "杨林", false);
        LocalDate born2 = LocalDate.of(2013, 2, 11);
        s.roster("RT-9", Scenario.id("532801", born2, 72), "杨枫雨", Sex.FEMALE, born2, "测试镇", "己村", "杨森", true);
        s.roster("RT-10", Scenario.id("532801", born, 74), "杨峰雨", Sex.FEMALE, born, "测试镇", "己村", "杨木", true);
        MatchResult result = s.run();
        VisitLinker linker = new VisitLinker(s.records(), result);

        assertLinksByNameAndPlace(linker, "杨锋雨", "测试镇", "戊村委会", result, roster);
        // the sound alone needs the full place: without the village it names three children
        assertThat(linker.link(new VisitLinker.Visit(1, null, null, "杨锋雨", "测试镇", null)).childId()).isNull();
        // two children of that sound in 己村: no choice
        assertThat(linker.link(new VisitLinker.Visit(2, null, null, "杨锋雨", "测试镇", "己村")).childId()).isNull();
        // the exact name comes first: 杨峰雨 in 己村 is that child
        assertThat(linker.link(new VisitLinker.Visit(3, null, null, "杨峰雨", "测试镇", "己村")).route())
                .isEqualTo(VisitLinker.Route.NAME_PLACE);
    }

    /**
     * 岩汉温 written for 岩罕温: a child of the exact name known only to 学籍, whose row gives no place, may be anywhere,
     * but is no roster child; the one roster child of that sound whose records name the place is the visit's.
     */
    @Test
    void aPlacelessNamesakeOffTheRosterDoesNotHideTheRosterChildOfThatSound() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2010, 8, 17);
        int roster = s.roster("RT-11", null, "岩罕温", Sex.MALE, born, "测试镇", "庚村", "玉罕", false);
        LocalDate born2 = LocalDate.of(2014, 5, 6);
        int schoolOnly = s.school("L5328012014050601", "岩汉温", Sex.MALE, born2, null, "岩坎");
        MatchResult result = s.run();
        assertThat(Scenario.child(result, schoolOnly)).isNotEqualTo(Scenario.child(result, roster));
        VisitLinker linker = new VisitLinker(s.records(), result);

        assertLinksByNameAndPlace(linker, "岩汉温", "测试镇", "庚村", result, roster);
        // a second roster child of that sound in 庚村: no choice, as before
        Scenario t = new Scenario();
        t.roster("RT-12", null, "岩罕温", Sex.MALE, born, "测试镇", "庚村", "玉罕", false);
        t.roster("RT-13", null, "岩憨温", Sex.MALE, born2, "测试镇", "庚村", "玉应", false);
        t.school("L5328012014050601", "岩汉温", Sex.MALE, born2, null, "岩坎");
        MatchResult r2 = t.run();
        assertThat(new VisitLinker(t.records(), r2).link(new VisitLinker.Visit(0, null, null, "岩汉温", "测试镇", "庚村"))
                .route()).isEqualTo(VisitLinker.Route.UNLINKED);
    }

    /** Two roster children named 饶霁 in 测试镇 丙村 (RT-6 and RT-7); their record positions. */
    private static int[] twoNamesakesInBingCun(Scenario s) {
        LocalDate born = LocalDate.of(2016, 1, 2);
        LocalDate born2 = LocalDate.of(2018, 3, 4);
        return new int[] {
            s.roster("RT-6", Scenario.id("532801", born, 61), "饶霁", Sex.FEMALE, born, "测试镇", "丙村", "岩香", true),
            s.roster("RT-7", Scenario.id("532801", born2, 62), "饶霁", Sex.FEMALE, born2, "测试镇", "丙村", "岩应", true)};
    }

    @Test
    void aNamesakeVisitIsTheOneNamesakeLeftUnvisitedThatMonthAndKindOnly() {
        Scenario s = new Scenario();
        int[] namesakes = twoNamesakesInBingCun(s);
        int first = namesakes[0];
        int second = namesakes[1];
        MatchResult result = s.run();
        LocalDate july = LocalDate.of(2026, 7, 10);
        LocalDate august = LocalDate.of(2026, 8, 10);
        List<VisitLinker.VisitLink> links = new VisitLinker(s.records(), result).linkAll(List.of(
                // July: the first child's home visit by 儿童编号, then a home visit by name only
                new VisitLinker.Visit(0, "RT-6", null, "饶霁", "测试镇", "丙村", july, "入户走访"),
                new VisitLinker.Visit(1, null, null, "饶霁", "测试镇", "丙村", july, "入户走访"),
                // a phone call by name in July: neither child has one, so no choice
                new VisitLinker.Visit(2, null, null, "饶霁", "测试镇", "丙村", july, "电话联系"),
                // August: nobody visited by key; a home visit by name could be either child's
                new VisitLinker.Visit(3, null, null, "饶霁", "测试镇", "丙村", august, "入户走访"),
                // without a village: the same two children, both with their July home visit now; no choice
                new VisitLinker.Visit(4, null, null, "饶霁", "测试镇", null, july, "入户走访")));
        assertThat(links).extracting(VisitLinker.VisitLink::route).containsExactly(VisitLinker.Route.ROSTER_ID,
                VisitLinker.Route.ELIMINATION, VisitLinker.Route.UNLINKED, VisitLinker.Route.UNLINKED,
                VisitLinker.Route.UNLINKED);
        assertThat(links.get(0).childId()).isEqualTo(Scenario.child(result, first));
        assertThat(links.get(1).childId()).isEqualTo(Scenario.child(result, second));
        assertThat(links.get(3).childId()).isNull();
    }

    @Test
    void aNamesakeOffTheRosterThatMonthIsNoCandidate() {
        Scenario s = new Scenario();
        int[] namesakes = twoNamesakesInBingCun(s);
        int staying = namesakes[0];
        int leaving = namesakes[1];
        MatchResult result = s.run();
        // the second left the roster on 4 August
        Map<Integer, VisitLinker.RosterSpan> spans = Map.of(s.records().get(leaving).index(),
                new VisitLinker.RosterSpan(LocalDate.of(2025, 5, 15), LocalDate.of(2026, 8, 4), null));
        VisitLinker linker = new VisitLinker(s.records(), result, spans, Set.of("入户走访"));
        List<VisitLinker.VisitLink> links = linker.linkAll(List.of(
                new VisitLinker.Visit(0, null, null, "饶霁", "测试镇", "丙村", LocalDate.of(2026, 9, 3), "入户走访"),
                new VisitLinker.Visit(1, null, null, "饶霁", "测试镇", "丙村", LocalDate.of(2026, 8, 3), "入户走访")));
        // September: only the first is on the roster; August: both were, neither has a visit
        assertThat(links).extracting(VisitLinker.VisitLink::route).containsExactly(VisitLinker.Route.ELIMINATION,
                VisitLinker.Route.UNLINKED);
        assertThat(links.get(0).childId()).isEqualTo(Scenario.child(result, staying));
        // without the spans both are candidates every month
        assertThat(new VisitLinker(s.records(), result).linkAll(List.of(
                new VisitLinker.Visit(0, null, null, "饶霁", "测试镇", "丙村", LocalDate.of(2026, 9, 3), "入户走访"))))
                .extracting(VisitLinker.VisitLink::route).containsExactly(VisitLinker.Route.UNLINKED);
    }

    @Test
    void theRostersLastVisitDateTellsNamesakesApart() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2016, 1, 2);
        LocalDate born2 = LocalDate.of(2018, 3, 4);
        LocalDate born3 = LocalDate.of(2019, 5, 6);
        int a = s.roster("RT-1", Scenario.id("532801", born, 61), "岩温", Sex.MALE, born, "测试镇", "丙村", "玉香", true);
        int b = s.roster("RT-2", Scenario.id("532801", born2, 63), "岩温", Sex.MALE, born2, "测试镇", "丙村", "玉应", true);
        int c = s.roster("RT-3", Scenario.id("532801", born3, 65), "岩温", Sex.MALE, born3, "测试镇", "丙村", "玉罕", true);
        MatchResult result = s.run();
        LocalDate registered = LocalDate.of(2024, 1, 1);
        Map<Integer, VisitLinker.RosterSpan> spans = Map.of(
                a, new VisitLinker.RosterSpan(registered, null, LocalDate.of(2026, 9, 21)),
                b, new VisitLinker.RosterSpan(registered, null, LocalDate.of(2026, 8, 30)),
                c, new VisitLinker.RosterSpan(registered, null, null));
        VisitLinker linker = new VisitLinker(s.records(), result, spans, Set.of("入户走访"));
        List<VisitLinker.VisitLink> links = linker.linkAll(List.of(
                // the roster says A was last visited that very day
                new VisitLinker.Visit(0, null, null, "岩温", "测试镇", "丙村", LocalDate.of(2026, 9, 21), "入户走访"),
                // 3 September: after B's last visit, so A or C (C's date is blank: unknown, still possible)
                new VisitLinker.Visit(1, null, null, "岩温", "测试镇", "丙村", LocalDate.of(2026, 9, 3), "入户走访"),
                // a phone call is no home visit: 最近走访日期 says nothing of it
                new VisitLinker.Visit(2, null, null, "岩温", "测试镇", "丙村", LocalDate.of(2026, 9, 3), "电话联系")));
        assertThat(links).extracting(VisitLinker.VisitLink::route).containsExactly(VisitLinker.Route.ELIMINATION,
                VisitLinker.Route.ELIMINATION, VisitLinker.Route.UNLINKED);
        assertThat(links.get(0).childId()).isEqualTo(Scenario.child(result, a));
        // A has its September home visit (the first): the second is C's
        assertThat(links.get(1).childId()).isEqualTo(Scenario.child(result, c));
    }

    @Test
    void aVisitRecordWithAnInvalidIdDoesNotUseIt() {
        VisitRecord v = new VisitRecord(1, 2, null, "532801201402030912", "532801201402030912", "BAD_CHECK", "谢雨桐",
                "谢雨桐", "测试镇", "辛村", LocalDate.of(2026, 7, 1), "入户走访", "张主任", "儿童主任", null, null, null);
        VisitLinker.Visit visit = VisitLinker.Visit.of(v, 7);
        assertThat(visit.idNumber()).isNull();
        assertThat(visit.index()).isEqualTo(7);
        assertThat(visit.name()).isEqualTo("谢雨桐");
    }

    /** A visit with a name and place only links by name and place to the child of the record at {@code position}. */
    private static void assertLinksByNameAndPlace(VisitLinker linker, String name, String township, String village,
            MatchResult result, int position) {
        VisitLinker.VisitLink v = linker.link(new VisitLinker.Visit(0, null, null, name, township, village));
        assertThat(v.route()).isEqualTo(VisitLinker.Route.NAME_PLACE);
        assertThat(v.childId()).isEqualTo(Scenario.child(result, position));
    }
}
