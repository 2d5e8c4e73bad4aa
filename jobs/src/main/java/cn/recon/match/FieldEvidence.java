package cn.recon.match;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * What one field contributed to a pair's score: the field ({@code name}, {@code birth_date}, {@code sex},
 * {@code place}, {@code family}, {@code id}, and {@code prior} for the prior odds of the two sources), the level it
 * reached (e.g. {@code EXACT}, {@code PINYIN}, {@code ONE_DAY}) and its weight in bits (log2 of m/u; positive for
 * evidence of a match).
 */
public record FieldEvidence(String field, String level, double weight) {

    /** {@code field=LEVEL(+w.w)}: the weight signed, to one decimal, as {@code String.format("%+.1f")} writes it. */
    @Override
    public String toString() {
        return field + "=" + level + "(" + signedOneDecimal(weight) + ")";
    }

    /**
     * {@code String.format(Locale.ROOT, "%+.1f", w)} without a Formatter (link writing formats the evidence of every
     * probabilistic link, and the Formatter was a sixth of its time): the shortest decimal form of {@code w} rounded
     * half up, as the Formatter rounds, with the sign of {@code w} (so -0.04 is {@code -0.0}).
     */
    static String signedOneDecimal(double w) {
        if (!Double.isFinite(w)) {
            return String.format(Locale.ROOT, "%+.1f", w);
        }
        String digits = new BigDecimal(Double.toString(Math.abs(w))).setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
        return (w < 0 || Double.doubleToRawLongBits(w) == Long.MIN_VALUE ? "-" : "+") + digits;
    }
}
