package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A synthetic county of 8,000 children with the damage of real extracts (see {@link SyntheticPopulation}): pairwise
 * precision and recall against the truth, and the same result whatever the number of threads.
 */
class SyntheticCountyMatchTest {

    private static MatchResult run(List<MatchRecord> records, int threads) {
        AtomicInteger next = new AtomicInteger();
        return new Matcher().match(records, PreviousLinks.none(), ReviewDecisions.none(),
                MatchSettings.defaults().withParallelism(threads), () -> "C" + next.incrementAndGet());
    }

    @Test
    void pairwisePrecisionAndRecallOnASyntheticCounty() {
        SyntheticPopulation.Population county = SyntheticPopulation.generate(8000, 2026);
        MatchResult result = run(county.records(), 2);
        PairwiseScorer.Score score = PairwiseScorer.score(MatchBenchmark.labels(result), county.truth());
        System.out.println("synthetic county, 8,000 children: " + score + "; " + result.stats());
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.999);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.985);
        // a plain exact-ID join reaches far less
        PairwiseScorer.Score byIdOnly = PairwiseScorer.score(idOnlyLabels(county.records()), county.truth());
        assertThat(score.recall()).isGreaterThan(byIdOnly.recall() + 0.05);
        MatchStats stats = result.stats();
        assertThat(stats.linkedById() + stats.linkedByProbability() + stats.linkedByReview() + stats.single())
                .isLessThanOrEqualTo(stats.records());
        assertThat(result.links()).hasSize(county.records().size());
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        List<MatchRecord> records = SyntheticPopulation.generate(3000, 99).records();
        MatchResult one = run(records, 1);
        MatchResult two = run(records, 2);
        assertThat(two.links()).isEqualTo(one.links());
        assertThat(two.reviewItems()).isEqualTo(one.reviewItems());
        assertThat(two.stats()).isEqualTo(one.stats());
    }

    private static int[] idOnlyLabels(List<MatchRecord> records) {
        java.util.Map<String, Integer> byId = new java.util.HashMap<>();
        int[] labels = new int[records.size()];
        for (int i = 0; i < labels.length; i++) {
            MatchRecord r = records.get(i);
            labels[i] = r.idValid() ? byId.computeIfAbsent(r.idNumber(), k -> byId.size() + records.size()) : i;
        }
        return labels;
    }
}
