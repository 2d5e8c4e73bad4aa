package cn.recon.match;

import static cn.recon.match.Scenario.child;
import static cn.recon.match.Scenario.together;
import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Review decisions survive into later runs; children keep their ids from quarter to quarter. */
class ReviewAndIdentityTest {

    private static final LocalDate BORN = LocalDate.of(2012, 11, 20);

    @Test
    void anAcceptedReviewItemIsLinkedInTheNextRunAndARejectedPairIsKeptApart() {
        Scenario s = new Scenario();
        int h = s.hukou(Scenario.id("532801", BORN, 71), "郑子墨", Sex.MALE, BORN, "测试镇", "己村", "郑海", "冯雪");
        // one character differs (not a homophone) on the same birth date: the pattern of siblings, so never automatic
        int r = s.roster("RT-50", null, "郑子豪", Sex.MALE, BORN, "测试镇", "己村", "郑海", true);
        LocalDate born2 = LocalDate.of(2011, 3, 14);
        int h2 = s.hukou(Scenario.id("532801", born2, 73), "韩雅琴", Sex.FEMALE, born2, "测试镇", "己村", "韩伟", "马丽");
        int r2 = s.roster("RT-51", null, "韩雅琴", Sex.FEMALE, born2, "测试镇", "己村", "韩伟", true);
        MatchResult q1 = s.run();
        PairKey pair = PairKey.of(s.records().get(h).key(), s.records().get(r).key());
        assertThat(together(q1, h, r)).isFalse();
        assertThat(q1.reviewItems()).anySatisfy(item -> {
            assertThat(item.pair()).isEqualTo(pair);
            assertThat(item.reason()).isEqualTo("NAME_RULE");
        });
        assertThat(together(q1, h2, r2)).isTrue();

        PairKey pair2 = PairKey.of(s.records().get(r2).key(), s.records().get(h2).key());
        ReviewDecisions decisions = new ReviewDecisions(Map.of(pair, ReviewDecisions.Decision.ACCEPT,
                pair2, ReviewDecisions.Decision.REJECT));
        MatchResult q2 = s.run(previous(s, q1), decisions, "Q2-");
        assertThat(together(q2, h, r)).isTrue();
        assertThat(q2.links().get(r).method()).isEqualTo(LinkMethod.REVIEW);
        assertThat(q2.reviewItems()).noneSatisfy(item -> assertThat(item.pair()).isEqualTo(pair));
        assertThat(together(q2, h2, r2)).isFalse();
        assertThat(q2.reviewItems()).noneSatisfy(item -> assertThat(item.pair()).isEqualTo(pair2));
        assertThat(q2.stats().decisionsApplied()).isEqualTo(2);
        assertThat(q2.stats().linkedByReview()).isEqualTo(2);
    }

    @Test
    void theSameChildKeepsItsIdAcrossTwoRuns() {
        Scenario s = new Scenario();
        int h = s.hukou(Scenario.id("532801", BORN, 81), "褚思远", Sex.MALE, BORN, "测试镇", "庚村", "褚刚", "卫红");
        int r = s.roster("RT-60", null, "褚思远", Sex.MALE, BORN, "测试镇", "庚村", "褚刚", true);
        MatchResult q1 = s.run();
        Map<RecordKey, String> before = previous(s, q1).childIds();

        // next quarter: the same records plus a school record of that child and a new child, new id sequence
        int g = s.school("G" + Scenario.id("532801", BORN, 81), "褚思远", Sex.MALE, BORN, null, "卫红");
        LocalDate born = LocalDate.of(2019, 1, 1);
        int fresh = s.hukou(Scenario.id("532801", born, 83), "蒋一诺", Sex.FEMALE, born, "测试镇", "庚村", "蒋山", "沈月");
        MatchResult q2 = s.run(new PreviousLinks(before), ReviewDecisions.none(), "Q2-");
        assertThat(child(q2, h)).isEqualTo(child(q1, h)).isEqualTo(child(q2, r)).isEqualTo(child(q2, g));
        assertThat(child(q2, fresh)).startsWith("Q2-");

        // every child of the second run whose records were exactly one child before keeps that child's id
        Map<String, Set<String>> previousIdsOfChild = new HashMap<>();
        Map<String, Set<String>> childrenOfPreviousId = new HashMap<>();
        for (int i = 0; i < q1.links().size(); i++) {
            String old = before.get(s.records().get(i).key());
            previousIdsOfChild.computeIfAbsent(child(q2, i), k -> new HashSet<>()).add(old);
            childrenOfPreviousId.computeIfAbsent(old, k -> new HashSet<>()).add(child(q2, i));
        }
        int kept = 0;
        for (Map.Entry<String, Set<String>> e : previousIdsOfChild.entrySet()) {
            String old = e.getValue().iterator().next();
            if (e.getValue().size() == 1 && childrenOfPreviousId.get(old).size() == 1) {
                assertThat(e.getKey()).isEqualTo(old);
                kept++;
            }
        }
        assertThat(kept).isGreaterThan(q1.stats().children() * 99 / 100);
    }

    @Test
    void mergesAndSplitsKeepTheIdOfTheLargerPartAndAreReported() {
        // clusters: 0 = records of old A (2) and old B (1); 1 = one record of old A; 2 = a new record
        int[] cluster = {0, 0, 0, 1, 2};
        String[] previous = {"A", "A", "B", "A", null};
        List<String> fresh = new ArrayList<>(List.of("N1", "N2"));
        IdentityAssigner ids = new IdentityAssigner(cluster, 3, previous, () -> fresh.remove(0));
        assertThat(ids.childOfCluster).containsExactly("A", "N1", "N2");
        assertThat(ids.changes).containsExactlyInAnyOrder(
                new IdentityChange(IdentityChange.Kind.SPLIT, "A", List.of("N1")),
                new IdentityChange(IdentityChange.Kind.MERGED, "A", List.of("B")));
    }

    @Test
    void whenTwoPreviousChildrenMergeWithEqualWeightTheSmallerIdIsKept() {
        IdentityAssigner ids = new IdentityAssigner(new int[] {0, 0}, 1, new String[] {"C000009", "C000002"},
                () -> "new");
        assertThat(ids.childOfCluster).containsExactly("C000002");
        assertThat(ids.changes).containsExactly(
                new IdentityChange(IdentityChange.Kind.MERGED, "C000002", List.of("C000009")));
    }

    static PreviousLinks previous(Scenario s, MatchResult r) {
        Map<RecordKey, String> m = new HashMap<>();
        for (int i = 0; i < r.links().size(); i++) {
            m.put(s.records().get(i).key(), r.links().get(i).childId());
        }
        return new PreviousLinks(m);
    }
}
