package cn.recon.match;

/**
 * What one field contributed to a pair's score: the field ({@code name}, {@code birth_date}, {@code sex},
 * {@code place}, {@code family}, {@code id}, and {@code prior} for the prior odds of the two sources), the level it
 * reached (e.g. {@code EXACT}, {@code PINYIN}, {@code ONE_DAY}) and its weight in bits (log2 of m/u; positive for
 * evidence of a match).
 */
public record FieldEvidence(String field, String level, double weight) {

    @Override
    public String toString() {
        return field + "=" + level + String.format(java.util.Locale.ROOT, "(%+.1f)", weight);
    }
}
