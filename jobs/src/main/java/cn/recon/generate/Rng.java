package cn.recon.generate;

import java.util.SplittableRandom;

/**
 * Seeded random streams. Every decision of the generator draws from a stream named by the run seed and a few small
 * numbers (purpose, person, quarter, row), so a decision never depends on the order in which others were made, and the
 * same seed gives the same county byte for byte.
 */
final class Rng {

    /** Purposes: each kind of decision has its own stream family. */
    static final int HOUSEHOLD = 1;
    static final int CHILD = 2;
    static final int STEP = 3;
    static final int HOUSEHOLD_STEP = 4;
    static final int VISITS = 5;
    static final int DAMAGE = 6;
    static final int BIRTHS = 7;
    static final int COUNTY = 8;
    static final int ROSTER = 9;
    static final int SCHOOL = 10;

    private Rng() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static SplittableRandom of(long seed, long purpose, long a, long b) {
        return new SplittableRandom(key(seed, purpose, a, b));
    }

    static SplittableRandom of(long seed, long purpose, long a, long b, long c) {
        return new SplittableRandom(mix(key(seed, purpose, a, b) + c * 0x9E3779B97F4A7C15L));
    }

    static long key(long seed, long purpose, long a, long b) {
        long z = mix(seed + 0x632BE59BD9B4E019L);
        z = mix(z + purpose * 0x9E3779B97F4A7C15L);
        z = mix(z + a);
        return mix(z + b * 0xC2B2AE3D27D4EB4FL);
    }

    /** An index drawn with the given cumulative weights (last entry = total). */
    static int pick(SplittableRandom r, double[] cumulative) {
        double u = r.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** Cumulative weights 1/(rank+1)^s: a Zipf-like skew for names that repeat. */
    static double[] zipf(int n, double s) {
        double[] c = new double[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += 1.0 / Math.pow(i + 1, s);
            c[i] = t;
        }
        return c;
    }

    static int between(SplittableRandom r, int lo, int hiInclusive) {
        return hiInclusive <= lo ? lo : lo + r.nextInt(hiInclusive - lo + 1);
    }
}
