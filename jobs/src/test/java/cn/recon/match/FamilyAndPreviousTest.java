package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Sex;
import cn.recon.source.Source;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parents' and guardian's citizen IDs as evidence, and records kept with last quarter's child. Both cases are taken
 * from the 勐海县 sample (2026Q3): a roster 岩温 with a blank ID and a damaged sex whose guardian's ID is the 户籍
 * father's, and a pupil with a J number whose 户籍 was settled between two quarters.
 */
class FamilyAndPreviousTest {

    private static final LocalDate DAY = LocalDate.of(2020, 7, 17);
    private static final String TOWNSHIP = "勐混镇";
    private static final String VILLAGE = "勐混村民委员会";
    private static final String FATHER_ID = Scenario.id("532823", LocalDate.of(1995, 11, 6), 89);

    /**
     * A township with many 岩温, two of them born the same day in the same village to fathers both called 岩温, and
     * the roster row (blank ID, sex mistyped) of the first: only the guardian's ID tells them apart.
     */
    private static int[] yanwen(Scenario s, String guardianId) {
        int own = s.add(new MatchRecord(Source.HUKOU, s.records().size(), Scenario.id("532822", DAY, 85),
                Scenario.id("532822", DAY, 85), true, "岩温", Sex.MALE, DAY, TOWNSHIP, VILLAGE, null, null, "岩温",
                "玉坎罕", false, null, FATHER_ID, Scenario.id("532822", LocalDate.of(1997, 12, 19), 86)));
        // another 岩温 born the same day in the same village, whose father is also called 岩温
        s.add(new MatchRecord(Source.HUKOU, s.records().size(), Scenario.id("532822", DAY, 87),
                Scenario.id("532822", DAY, 87), true, "岩温", Sex.MALE, DAY, TOWNSHIP, VILLAGE, null, null, "岩温",
                "玉香", false, null, Scenario.id("532822", LocalDate.of(1990, 1, 2), 91), null));
        for (int k = 0; k < 12; k++) {
            LocalDate born = DAY.minusDays(30 + 97L * k);
            s.hukou(Scenario.id("532822", born, 101 + 2 * k), "岩温", Sex.MALE, born, TOWNSHIP, VILLAGE, "岩温", "玉罕");
        }
        int roster = s.add(new MatchRecord(Source.ROSTER, s.records().size(), "5328222025000010", null, false, "岩温",
                Sex.FEMALE, DAY, TOWNSHIP, VILLAGE, null, "岩温", null, null, false, guardianId, null, null));
        return new int[] {own, roster};
    }

    @Test
    void guardianIdEqualToTheFathersLinksAChildWithoutId() {
        Scenario s = new Scenario();
        int[] r = yanwen(s, FATHER_ID);
        assertThat(Scenario.together(s.run(), r[0], r[1])).isTrue();
    }

    @Test
    void withoutTheGuardianIdTheRowIsAmbiguous() {
        Scenario s = new Scenario();
        int[] r = yanwen(s, null);
        assertThat(Scenario.together(s.run(), r[0], r[1])).isFalse();
    }

    @Test
    void aSharedParentIdDoesNotJoinTwins() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2022, 8, 22);
        String father = Scenario.id("532822", LocalDate.of(1993, 8, 14), 59);
        int a = s.add(new MatchRecord(Source.HUKOU, s.records().size(), "#430", null, false, "李霞芳", Sex.FEMALE,
                born, "格朗和哈尼族乡", "苏湖村民委员会", null, null, "李杰一", "普梦", false, null, father, null));
        int b = s.add(new MatchRecord(Source.HUKOU, s.records().size(), "#431", null, false, "李霞凤", Sex.FEMALE,
                born, "格朗和哈尼族乡", "苏湖村民委员会", null, null, "李杰一", "普梦", false, null, father, null));
        assertThat(Scenario.together(s.run(), a, b)).isFalse();
    }

    @Test
    void aPupilWhoseHukouWasSettledStaysWithItsChild() {
        LocalDate born = LocalDate.of(2015, 7, 29);
        String id = Scenario.id("532822", born, 83);
        Scenario q2 = new Scenario();
        int school2 = q2.school("J" + Scenario.id("532822", born, 81), "岩罕", Sex.MALE, born, null, "岩罕");
        int roster2 = q2.roster("5328222020000437", null, "岩罕", Sex.MALE, born, "勐海镇", "曼尾社区居民委员会",
                "岩罕", false);
        MatchResult first = q2.run();
        assertThat(Scenario.together(first, school2, roster2)).isTrue();

        Scenario q3 = new Scenario();
        int hukou = q3.hukou(id, "岩罕", Sex.MALE, born, "勐海镇", "曼尾社区居民委员会", "岩罕", "玉叫");
        int school3 = q3.school("J" + Scenario.id("532822", born, 81), "岩罕", Sex.MALE, born, null, "岩罕");
        int roster3 = q3.roster("5328222020000437", id, "岩罕", Sex.MALE, born, "勐海镇", "曼尾社区居民委员会",
                "岩罕", true);
        MatchResult next = q3.run(previous(q2, first), ReviewDecisions.none(), "Q3-");
        assertThat(Scenario.together(next, hukou, roster3)).isTrue();
        assertThat(Scenario.together(next, school3, roster3)).isTrue();
        assertThat(next.links().get(school3).method()).isEqualTo(LinkMethod.PREVIOUS);
    }

    @Test
    void twoValidIdsAreNeverKeptTogetherByLastQuarter() {
        LocalDate born = LocalDate.of(2016, 3, 2);
        Scenario q2 = new Scenario();
        int a2 = q2.roster("R-1", null, "玉香", Sex.FEMALE, born, "勐海镇", "曼尾社区居民委员会", "岩香", true);
        int b2 = q2.school("G" + Scenario.id("532822", born, 82), "玉香", Sex.FEMALE, born, null, "岩香");
        MatchResult first = q2.run();
        Scenario q3 = new Scenario();
        q3.roster("R-1", Scenario.id("532822", born, 84), "玉香", Sex.FEMALE, born, "勐海镇", "曼尾社区居民委员会",
                "岩香", true);
        q3.school("G" + Scenario.id("532822", born, 82), "玉香", Sex.FEMALE, born, null, "岩香");
        MatchResult next = q3.run(previous(q2, first), ReviewDecisions.none(), "Q3-");
        int n = q3.records().size();
        assertThat(Scenario.together(first, a2, b2) ? 1 : 0).isEqualTo(1);
        assertThat(Scenario.together(next, n - 2, n - 1)).isFalse();
    }

    private static PreviousLinks previous(Scenario s, MatchResult r) {
        Map<RecordKey, String> m = new HashMap<>();
        for (int i = 0; i < s.records().size(); i++) {
            m.put(s.records().get(i).key(), r.links().get(i).childId());
        }
        return new PreviousLinks(m);
    }
}
