package cn.recon.match;

import static cn.recon.match.Scenario.together;
import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Sex;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one-to-one prior ({@link OneToOne}): a pair whose two records both lack a counterpart in the other's source is
 * likelier than the pair prior says; a pair where one side already has one is not.
 */
class OneToOneTest {

    private static final LocalDate BORN = LocalDate.of(2015, 7, 11);

    /** A roster row typed by hand: no ID, no village, no guardian, the name with a homophone (湘 for 香). */
    private static int handTypedRow(Scenario s, String rosterId) {
        return s.roster(rosterId, null, "玉湘罕", Sex.FEMALE, BORN, "测试镇", null, null, true);
    }

    @Test
    void aHandTypedRosterRowLinksToTheOneUnmatchedHukouChildLikeIt() {
        Scenario s = new Scenario();
        int h = s.hukou(Scenario.id("532823", BORN, 26), "玉香罕", Sex.FEMALE, BORN, "测试镇", "景坎村", "岩温罕", "玉庄");
        int r = handTypedRow(s, "RT-70");
        MatchResult result = s.run();
        assertThat(together(result, h, r)).isTrue();
        RecordLink link = result.links().get(r);
        assertThat(link.method()).isEqualTo(LinkMethod.PROBABILISTIC);
        assertThat(link.score()).isGreaterThanOrEqualTo(0.99);
        FieldEvidence oneToOne = link.evidence().stream().filter(e -> e.field().equals("one_to_one")).findFirst()
                .orElseThrow();
        assertThat(oneToOne.weight()).isPositive();
        // without the one-to-one prior the pair stays under the threshold: it was the second pass that linked it
        double withoutBonus = link.evidence().stream().filter(e -> !e.field().equals("one_to_one"))
                .mapToDouble(FieldEvidence::weight).sum();
        assertThat(MatchSettings.probability(withoutBonus)).isLessThan(0.99);
    }

    @Test
    void theSameRowStaysForReviewWhenTheHukouChildHasItsRosterRowAlready() {
        Scenario s = new Scenario();
        String id = Scenario.id("532823", BORN, 26);
        int h = s.hukou(id, "玉香罕", Sex.FEMALE, BORN, "测试镇", "景坎村", "岩温罕", "玉庄");
        int own = s.roster("RT-71", id, "玉香罕", Sex.FEMALE, BORN, "测试镇", "景坎村", "岩温罕", true);
        int r = handTypedRow(s, "RT-72");
        MatchResult result = s.run();
        assertThat(together(result, h, own)).isTrue();
        assertThat(together(result, h, r)).isFalse();
        assertThat(result.reviewItems()).anySatisfy(item -> {
            assertThat(item.positionB()).isEqualTo(r);
            assertThat(item.evidence()).extracting(FieldEvidence::field).doesNotContain("one_to_one");
        });
    }

    @Test
    void aRejectedPairStaysApartThoughTheOneToOnePriorWouldLinkIt() {
        Scenario s = new Scenario();
        int h = s.hukou(Scenario.id("532823", BORN, 26), "玉香罕", Sex.FEMALE, BORN, "测试镇", "景坎村", "岩温罕", "玉庄");
        int r = handTypedRow(s, "RT-73");
        assertThat(together(s.run(), h, r)).isTrue();
        PairKey pair = PairKey.of(s.records().get(h).key(), s.records().get(r).key());
        MatchResult again = s.run(PreviousLinks.none(),
                new ReviewDecisions(Map.of(pair, ReviewDecisions.Decision.REJECT)), "C");
        assertThat(together(again, h, r)).isFalse();
        assertThat(again.reviewItems()).noneSatisfy(item -> assertThat(item.pair()).isEqualTo(pair));
    }
}
