package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A township with forty 岩温: a roster 岩温 without ID links only when birth date, village and guardian agree with
 * one of them. Three of the forty share a birth date; two of those live in the same village and differ only in their
 * fathers.
 */
class FrequentNameTest {

    private static final LocalDate DAY = LocalDate.of(2015, 3, 2);
    private static final String TOWNSHIP = "勐仑镇";
    private static final String[] VILLAGES = {"曼安村", "曼景村", "曼纳村", "曼燕村", "曼庄村", "曼香村"};
    private static final String DAI = "香光罕坎帕叫应庄腊南";

    private record Township(Scenario scenario, int yanwenA, int yanwenB, int yanwenC, List<Integer> all) {
    }

    private static Township township() {
        Scenario s = new Scenario();
        List<Integer> all = new ArrayList<>();
        int a = s.hukou(Scenario.id("532822", DAY, 11), "岩温", Sex.MALE, DAY, TOWNSHIP, "曼安村", "岩香坎", "玉罕应");
        int b = s.hukou(Scenario.id("532822", DAY, 13), "岩温", Sex.MALE, DAY, TOWNSHIP, "曼安村", "岩光帕", "玉庄香");
        int c = s.hukou(Scenario.id("532822", DAY, 15), "岩温", Sex.MALE, DAY, TOWNSHIP, "曼景村", "岩罕叫", "玉南光");
        all.add(a);
        all.add(b);
        all.add(c);
        Random r = new Random(40);
        for (int k = 0; k < 37; k++) {
            LocalDate born = LocalDate.of(2010, 1, 1).plusDays(r.nextInt(3600));
            if (born.equals(DAY)) {
                born = born.plusDays(40);
            }
            all.add(s.hukou(Scenario.id("532822", born, 101 + 2 * k), "岩温", Sex.MALE, born, TOWNSHIP,
                    VILLAGES[r.nextInt(VILLAGES.length)], "岩" + dai(r) + dai(r), "玉" + dai(r) + dai(r)));
        }
        return new Township(s, a, b, c, all);
    }

    private static char dai(Random r) {
        return DAI.charAt(r.nextInt(DAI.length()));
    }

    private static List<Integer> linkedYanwen(Township t, MatchResult result, int row) {
        return t.all().stream().filter(h -> Scenario.together(result, h, row)).toList();
    }

    @Test
    void linksWhenBirthDateVillageAndGuardianAgree() {
        Township t = township();
        int row = t.scenario().roster("RT-40", null, "岩温", Sex.MALE, DAY, TOWNSHIP, "曼安村", "岩香坎", true);
        MatchResult result = t.scenario().run();
        assertThat(linkedYanwen(t, result, row)).containsExactly(t.yanwenA());
        assertThat(result.links().get(row).method()).isEqualTo(LinkMethod.PROBABILISTIC);
    }

    @Test
    void doesNotLinkWhenTheGuardianFitsNeitherOfTwoCandidates() {
        Township t = township();
        int row = t.scenario().roster("RT-41", null, "岩温", Sex.MALE, DAY, TOWNSHIP, "曼安村", "岩坎坎", true);
        MatchResult result = t.scenario().run();
        assertThat(linkedYanwen(t, result, row)).isEmpty();
        // the data officer is asked instead
        assertThat(result.reviewItems()).anySatisfy(item -> assertThat(item.positionA() == row
                || item.positionB() == row).isTrue());
    }

    @Test
    void doesNotLinkWhenTheVillageDiffers() {
        Township t = township();
        int row = t.scenario().roster("RT-42", null, "岩温", Sex.MALE, DAY, TOWNSHIP, "曼纳村", "岩坎坎", true);
        assertThat(linkedYanwen(t, t.scenario().run(), row)).isEmpty();
    }

    @Test
    void doesNotLinkWhenTheBirthDateDiffers() {
        Township t = township();
        int row = t.scenario().roster("RT-43", null, "岩温", Sex.MALE, LocalDate.of(2016, 8, 21), TOWNSHIP, "曼安村",
                "岩香坎", true);
        assertThat(linkedYanwen(t, t.scenario().run(), row)).isEmpty();
    }

    @Test
    void agreeingOnTheCommonNameWeighsLessThanOnARareOne() {
        Township t = township();
        int yanwen = t.scenario().roster("RT-44", null, "岩温", Sex.MALE, DAY, TOWNSHIP, "曼安村", "岩香坎", true);
        LocalDate born = LocalDate.of(2014, 5, 6);
        t.scenario().hukou(Scenario.id("532822", born, 17), "岩燕罕", Sex.MALE, born, TOWNSHIP, "曼燕村", "岩腊南",
                "玉应叫");
        int rare = t.scenario().roster("RT-45", null, "岩燕罕", Sex.MALE, born, TOWNSHIP, "曼燕村", "岩腊南", true);
        MatchResult result = t.scenario().run();
        assertThat(nameWeight(result, rare)).isGreaterThan(nameWeight(result, yanwen) + 3);
    }

    private static double nameWeight(MatchResult result, int row) {
        return result.links().get(row).evidence().stream().filter(e -> e.field().equals("name")).findFirst()
                .orElseThrow().weight();
    }
}
