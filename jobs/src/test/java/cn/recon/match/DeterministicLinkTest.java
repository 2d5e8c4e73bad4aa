package cn.recon.match;

import static cn.recon.match.Scenario.child;
import static cn.recon.match.Scenario.together;
import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Sex;
import cn.recon.source.SchoolRecord;
import cn.recon.source.Source;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The deterministic pass and the citizen ID constraint, on the worked examples of DOMAIN.md. */
class DeterministicLinkTest {

    private static final LocalDate OLD = LocalDate.of(1949, 12, 31);

    @Test
    void recordsSharingTheWorkedExampleIdAreOneChildLinkedById() {
        Scenario s = new Scenario();
        int h = s.hukou("11010519491231002X", "王测", Sex.FEMALE, OLD, "东城镇", "一村", null, null);
        int g = s.school("G11010519491231002X", "王策", Sex.FEMALE, OLD, null, null);
        // written with spaces and a lower-case x: the same number once normalised
        int r = s.roster("RT-1", "110105 19491231 002x", "王测", Sex.FEMALE, OLD, "东城镇", "一村", null, true);
        MatchResult result = s.run();
        assertThat(together(result, h, g)).isTrue();
        assertThat(together(result, h, r)).isTrue();
        for (int p : new int[] {h, g, r}) {
            assertThat(result.links().get(p).method()).isEqualTo(LinkMethod.ID);
            assertThat(result.links().get(p).score()).isNull();
        }
    }

    @Test
    void aFifteenDigitGuardianNumberOnAChildsRowLinksNeitherTheGuardianNorByItsDigits() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2015, 6, 1);
        // 340524800101001 converts to 34052419800101001X (DOMAIN.md): an adult's number, never a child's
        int adult = s.hukou("34052419800101001X", "李建华", Sex.MALE, LocalDate.of(1980, 1, 1), "测试镇", "甲村", null,
                null);
        int kid = s.hukou(Scenario.id("532801", born, 11), "李沐言", Sex.MALE, born, "测试镇", "甲村", "李建华", "周兰芳");
        int row = s.roster("RT-2", "340524800101001", "李沐言", Sex.MALE, born, "测试镇", "甲村", "李建华", true);
        MatchResult result = s.run();
        assertThat(together(result, adult, row)).isFalse();
        assertThat(together(result, kid, row)).isTrue();
        assertThat(result.links().get(row).method()).isEqualTo(LinkMethod.PROBABILISTIC);
        assertThat(result.links().get(row).evidence()).contains(new FieldEvidence("id", "MISSING", 0));
    }

    @Test
    void aJNumberNeverCarriesAnIdEvenWhenItsBodyLooksLikeOne() {
        LocalDate born = LocalDate.of(2014, 9, 1);
        String id = Scenario.id("532801", born, 21);
        SchoolRecord j = new SchoolRecord(1, 2, "J" + id, "J", null, null, null, "赵一", "赵一", Sex.MALE, born, "无",
                "汉族", "2153280101", "测试小学", "532801", "六年级", "1班", "在读", null, null, "赵国", false, null);
        MatchRecord m = MatchRecord.of(j, 0);
        assertThat(m.idNumber()).isNull();
        assertThat(m.idValid()).isFalse();
        assertThat(m.noIdEvidence()).isTrue();
        assertThat(m.key()).isEqualTo(new RecordKey(Source.SCHOOL, "J" + id));

        Scenario s = new Scenario();
        int h = s.hukou(id, "钱二", Sex.MALE, born, "测试镇", "乙村", "钱国", "孙敏");
        int school = s.add(new MatchRecord(Source.SCHOOL, 0, m.sourceKey(), m.idNumber(), m.idValid(), m.name(),
                m.sex(), m.birthDate(), null, null, null, m.guardianName(), null, null, m.noIdEvidence()));
        MatchResult result = s.run();
        assertThat(together(result, h, school)).isFalse();
    }

    @Test
    void aClusterNeverHoldsTwoTrustedValidIdsAndAnAcceptedDecisionCannotForceIt() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2016, 2, 2);
        int a = s.hukou(Scenario.id("532801", born, 31), "孙浩然", Sex.MALE, born, "测试镇", "丙村", "孙强", "吴丽");
        int b = s.hukou(Scenario.id("532801", born, 33), "孙浩然", Sex.MALE, born, "测试镇", "丙村", "孙强", "吴丽");
        List<MatchRecord> records = s.records();
        ReviewDecisions accept = new ReviewDecisions(Map.of(PairKey.of(records.get(a).key(), records.get(b).key()),
                ReviewDecisions.Decision.ACCEPT));
        MatchResult result = s.run(PreviousLinks.none(), accept, "C");
        assertThat(together(result, a, b)).isFalse();
        assertThat(result.stats().decisionsIgnored()).isEqualTo(1);

        Map<String, Set<String>> idsOfChild = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            RecordLink link = result.links().get(i);
            if (records.get(i).idValid() && !link.idIgnored()) {
                idsOfChild.computeIfAbsent(child(result, i), k -> new HashSet<>()).add(records.get(i).idNumber());
            }
        }
        assertThat(idsOfChild.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        assertThat(result.stats().idsIgnored()).isPositive();
    }
}
