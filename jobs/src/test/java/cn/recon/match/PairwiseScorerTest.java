package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairwiseScorerTest {

    @Test
    void countsPairsFromTheContingencyTable() {
        // truth: {0,1,2} {3,4}; predicted: {0,1} {2,3,4}
        PairwiseScorer.Score s = PairwiseScorer.score(new int[] {7, 7, 8, 8, 8}, new int[] {1, 1, 1, 2, 2});
        // true pairs 3 + 1 = 4; predicted 1 + 3 = 4; correct: (0,1) and (3,4) = 2
        assertThat(s.truePairs()).isEqualTo(4);
        assertThat(s.predictedPairs()).isEqualTo(4);
        assertThat(s.truePositivePairs()).isEqualTo(2);
        assertThat(s.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void agreesWithBruteForceOnRandomLabels() {
        java.util.Random r = new java.util.Random(5);
        int[] p = new int[300], t = new int[300];
        for (int i = 0; i < p.length; i++) {
            p[i] = r.nextInt(90);
            t[i] = r.nextInt(70);
        }
        long tp = 0, pp = 0, tt = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = i + 1; j < p.length; j++) {
                pp += p[i] == p[j] ? 1 : 0;
                tt += t[i] == t[j] ? 1 : 0;
                tp += p[i] == p[j] && t[i] == t[j] ? 1 : 0;
            }
        }
        PairwiseScorer.Score s = PairwiseScorer.score(p, t);
        assertThat(new long[] {s.truePositivePairs(), s.predictedPairs(), s.truePairs()})
                .containsExactly(tp, pp, tt);
    }

    @Test
    void readsTheGeneratorsTruthFileAndScoresByKey(@TempDir Path dir) throws Exception {
        Path truth = dir.resolve("links.csv");
        Files.writeString(truth, "source,file,line,source_key,true_child\n"
                + "hukou,hukou.csv,2,110105201501010011,C1\nroster,roster.xlsx,3,R1,C1\n"
                + "school,school.xlsx,4,G110105201501010011,C1\nroster,roster.xlsx,4,R2,C2\n",
                StandardCharsets.UTF_8);
        Map<String, String> t = PairwiseScorer.readTruth(truth);
        assertThat(t).containsEntry("roster:R1", "C1").hasSize(4);
        Map<String, String> predicted = Map.of("hukou:110105201501010011", "X", "roster:R1", "X",
                "school:G110105201501010011", "Y", "roster:R2", "Y");
        PairwiseScorer.Score s = PairwiseScorer.score(predicted, t);
        assertThat(s.truePairs()).isEqualTo(3);
        assertThat(s.predictedPairs()).isEqualTo(2);
        assertThat(s.truePositivePairs()).isEqualTo(1);
    }
}
