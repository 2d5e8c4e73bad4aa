package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Evidence weights are written exactly as {@code String.format("%+.1f")} writes them, without the Formatter. */
class FieldEvidenceTest {

    private static String formatted(double w) {
        return String.format(Locale.ROOT, "%+.1f", w);
    }

    @Test
    void edgesOfRoundingAndSign() {
        double[] cases = {0.0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.15, 0.25, 1.45, -1.45, 2.35, 9.95, -9.95, 99.95,
            0.049999999999999996, 1e-9, -1e-9, 123456.75, Double.MIN_VALUE, -Double.MIN_VALUE, 1e300,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double w : cases) {
            assertThat(FieldEvidence.signedOneDecimal(w)).as("%s", w).isEqualTo(formatted(w));
        }
    }

    @Test
    void agreesWithTheFormatterOnWeightsOfEveryScale() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double w = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-3, 4));
            if (i % 3 == 0) {
                w = Math.round(w * 100) / 100.0;   // two decimals: the half-way cases
            }
            assertThat(FieldEvidence.signedOneDecimal(w)).as("%s", w).isEqualTo(formatted(w));
        }
    }

    @Test
    void theEvidenceOfALinkReadsFieldLevelAndWeight() {
        assertThat(MatchTasklet.evidence(java.util.List.of(new FieldEvidence("name", "EXACT", 7.25),
                new FieldEvidence("sex", "DIFFERENT", -3.04)))).isEqualTo("name=EXACT(+7.3); sex=DIFFERENT(-3.0)");
        assertThat(MatchTasklet.evidence(java.util.List.of())).isNull();
    }
}
