package cn.recon.match;

/**
 * The knobs of matching. Probabilities are posterior match probabilities of a pair; bits are log2 odds.
 *
 * @param upperThreshold  a pair at or above it is linked (when no constraint forbids it)
 * @param lowerThreshold  a pair at or above it but below the upper threshold becomes a review item
 * @param ambiguityBits   a link is held for review when the same record has another candidate, in a child it could
 *                        not share, scoring within this many bits of the best
 * @param cohesionBits    two clusters merge only when the mean field evidence (bits, prior left out) over all
 *                        their cross pairs reaches this
 * @param maxBlockPairs   a block whose comparisons (unlinked records × members) exceed this is skipped (counted)
 * @param randomPairs     random pairs drawn to estimate u
 * @param maxReviewPerRecord review items kept per record (best first)
 * @param idBirthToleranceDays a valid ID whose birth date part lies further than this from the record's birth date
 *                        (and is not a one-digit slip) is treated as somebody else's (a guardian's) and ignored
 * @param parallelism     worker threads
 * @param seed            seed of the random pair sample (results are deterministic for a seed)
 */
public record MatchSettings(double upperThreshold, double lowerThreshold, double ambiguityBits, double cohesionBits,
        int maxBlockPairs, int randomPairs, int maxReviewPerRecord, int idBirthToleranceDays, int parallelism,
        long seed) {

    public MatchSettings {
        if (!(lowerThreshold > 0 && lowerThreshold <= upperThreshold && upperThreshold < 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < lower <= upper < 1");
        }
        if (maxBlockPairs < 1 || randomPairs < 1 || maxReviewPerRecord < 0 || parallelism < 1) {
            throw new IllegalArgumentException("block size, random pairs and parallelism must be positive");
        }
    }

    public static MatchSettings defaults() {
        return new MatchSettings(0.99, 0.5, 4.0, 0.0, 50_000, 1_000_000, 3, 400,
                Math.min(2, Runtime.getRuntime().availableProcessors()), 20260930L);
    }

    public MatchSettings withThresholds(double upper, double lower) {
        return new MatchSettings(upper, lower, ambiguityBits, cohesionBits, maxBlockPairs, randomPairs,
                maxReviewPerRecord, idBirthToleranceDays, parallelism, seed);
    }

    public MatchSettings withParallelism(int threads) {
        return new MatchSettings(upperThreshold, lowerThreshold, ambiguityBits, cohesionBits, maxBlockPairs,
                randomPairs, maxReviewPerRecord, idBirthToleranceDays, threads, seed);
    }

    double upperBits() {
        return logit2(upperThreshold);
    }

    double lowerBits() {
        return logit2(lowerThreshold);
    }

    static double logit2(double p) {
        return Math.log(p / (1 - p)) / Math.log(2);
    }

    static double probability(double bits) {
        return 1 / (1 + Math.pow(2, -bits));
    }
}
