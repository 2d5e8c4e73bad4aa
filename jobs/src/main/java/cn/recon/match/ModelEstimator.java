package cn.recon.match;

import static cn.recon.match.Field.*;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Estimates the model from the run's own data: u from random pairs of records, m from the pairs the deterministic
 * pass linked by a shared valid citizen ID (their ID field trivially agrees, so the ID field's m is learnt afterwards
 * from pairs the other fields settle, {@link #learnIdField}), and the prior match probability of each pair of sources
 * from the ID clusters. Hand-set priors enter only as pseudo-counts, so they matter only where data are few.
 */
final class ModelEstimator {

    private static final double U_PSEUDO = 1000;
    private static final double M_PSEUDO = 50;
    private static final double M_FLOOR = 1e-3;
    private static final int MAX_CLUSTER_FOR_M = 8;
    static final double CONFIDENT_BITS = 13.3;

    private ModelEstimator() {
    }

    static MatchModel estimate(RecordTable t, Groups idClusters, MatchSettings settings, Parallel parallel) {
        MatchModel model = new MatchModel();
        estimateU(model, t, idClusters.root, settings, parallel);
        estimateM(model, t, idClusters, parallel);
        estimatePriors(model, t, idClusters);
        model.refresh();
        return model;
    }

    /**
     * u from pairs of records that are not one child: every pair when there are few, else {@code randomPairs} pairs,
     * the first record of each taken in turn through all records (a systematic sample: the records' rows are read in
     * order, so only the second record of a pair is a cache miss) and the second at random. Every ordered pair is as
     * likely as with both drawn at random.
     */
    private static void estimateU(MatchModel model, RecordTable t, int[] root, MatchSettings s, Parallel parallel) {
        int n = t.n;
        long allPairs = (long) n * (n - 1) / 2;
        boolean enumerate = allPairs <= s.randomPairs();
        int work = enumerate ? n : s.randomPairs();
        List<long[][]> parts = parallel.map(work, Parallel.chunkSize(work, 1000), (chunk, from, to) -> {
            long[][] counts = newCounts();
            if (enumerate) {
                for (int i = from; i < to; i++) {
                    for (int j = i + 1; j < n; j++) {
                        if (root[i] != root[j]) {
                            count(counts, Comparisons.compareWithoutId(t, i, j), false);
                        }
                    }
                }
            } else {
                SplittableRandom r = new SplittableRandom(s.seed() * 31 + chunk);
                for (int k = from; k < to; k++) {
                    int i = (int) ((long) k * n / work);
                    int j = r.nextInt(n - 1);
                    if (j >= i) {
                        j++;
                    }
                    if (root[i] != root[j]) {
                        count(counts, Comparisons.compareWithoutId(t, i, j), false);
                    }
                }
            }
            return counts;
        });
        long[][] counts = sum(parts);
        for (Field f : ALL) {
            model.u[f.ordinal()] = smooth(counts[f.ordinal()], f.priorU, U_PSEUDO, 0);
        }
        model.u[ID.ordinal()] = smooth(idFieldCounts(t, root, s, parallel), ID.priorU, U_PSEUDO, 0);
    }

    /**
     * The ID field is only ever compared on pairs where at least one record has no trusted ID (the others are settled
     * by the deterministic pass), and its m is learnt on such pairs; so its u is drawn from random pairs of that kind
     * (the unsettled record taken in turn, as in {@link #estimateU}).
     */
    private static long[] idFieldCounts(RecordTable t, int[] root, MatchSettings s, Parallel parallel) {
        int[] unsettled = java.util.stream.IntStream.range(0, t.n).filter(i -> t.idKey[i] == -1).toArray();
        long[] counts = new long[ID.levelCount()];
        if (unsettled.length == 0 || t.n < 2) {
            return counts;
        }
        int work = s.randomPairs();
        for (long[] part : parallel.map(work, Parallel.chunkSize(work, 1000), (chunk, from, to) -> {
            long[] c = new long[ID.levelCount()];
            SplittableRandom r = new SplittableRandom(s.seed() * 37 + chunk);
            for (int k = from; k < to; k++) {
                int i = unsettled[(int) ((long) k * unsettled.length / work)];
                int j = r.nextInt(t.n);
                if (root[i] != root[j]) {
                    c[Comparisons.idLevel(t, i, j)]++;
                }
            }
            return c;
        })) {
            for (int l = 0; l < counts.length; l++) {
                counts[l] += part[l];
            }
        }
        return counts;
    }

    private static void estimateM(MatchModel model, RecordTable t, Groups g, Parallel parallel) {
        List<long[][][]> parts = parallel.map(g.count(), Parallel.chunkSize(g.count(), 1000), (chunk, from, to) -> {
            long[][][] counts = new long[MatchModel.PAIRS][][];
            for (int p = 0; p < MatchModel.PAIRS; p++) {
                counts[p] = newCounts();
            }
            for (int c = from; c < to; c++) {
                int start = g.start[c];
                int size = Math.min(MAX_CLUSTER_FOR_M, g.start[c + 1] - start);
                for (int a = 0; a < size; a++) {
                    for (int b = a + 1; b < size; b++) {
                        int i = g.order[start + a], j = g.order[start + b];
                        if (t.idKey[i] != -1 && t.idKey[i] == t.idKey[j]) {
                            count(counts[MatchModel.pair(t.source(i), t.source(j))],
                                    Comparisons.compareWithoutId(t, i, j), true);
                        }
                    }
                }
            }
            return counts;
        });
        long[][][] byPair = new long[MatchModel.PAIRS][][];
        for (int p = 0; p < MatchModel.PAIRS; p++) {
            int pair = p;
            byPair[p] = sum(parts.stream().map(x -> x[pair]).toList());
        }
        long[][] pooled = sum(List.of(byPair));
        for (Field f : ALL) {
            if (f != ID) {
                setM(model, f, byPair, pooled, "id-pairs");
            }
        }
    }

    /** m per source pair, smoothed towards the m of all pairs, itself smoothed towards the hand-set prior. */
    private static void setM(MatchModel model, Field f, long[][][] byPair, long[][] pooled, String source) {
        int fi = f.ordinal();
        boolean pooledEnough = nonMissing(pooled[fi]) >= M_PSEUDO;
        double[] all = smooth(pooled[fi], f.priorM, M_PSEUDO, M_FLOOR);
        for (int p = 0; p < MatchModel.PAIRS; p++) {
            model.m[p][fi] = smooth(byPair[p][fi], all, M_PSEUDO, M_FLOOR);
            model.mSource[p][fi] = nonMissing(byPair[p][fi]) >= M_PSEUDO ? source
                    : pooledEnough ? "pooled" : "prior";
        }
    }

    /** P(match) of a random pair, per source pair, from the ID clusters, smoothed towards the overall rate. */
    private static void estimatePriors(MatchModel model, RecordTable t, Groups g) {
        long[] keyed = new long[3];
        for (int i = 0; i < t.n; i++) {
            if (t.idKey[i] != -1) {
                keyed[t.source(i)]++;
            }
        }
        long[][] linked = new long[3][3];
        int[] bySource = new int[3];
        for (int c = 0; c < g.count(); c++) {
            bySource[0] = bySource[1] = bySource[2] = 0;
            for (int k = g.start[c]; k < g.start[c + 1]; k++) {
                int i = g.order[k];
                if (t.idKey[i] != -1) {
                    bySource[t.source(i)]++;
                }
            }
            for (int a = 0; a < 3; a++) {
                linked[a][a] += (long) bySource[a] * (bySource[a] - 1) / 2;
                for (int b = a + 1; b < 3; b++) {
                    linked[a][b] += (long) bySource[a] * bySource[b];
                }
            }
        }
        double[][] pairs = new double[3][3];
        double allLinked = 1, allPairs = 1;
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                pairs[a][b] = a == b ? keyed[a] * (keyed[a] - 1) / 2.0 : (double) keyed[a] * keyed[b];
                allLinked += linked[a][b];
                allPairs += pairs[a][b];
            }
        }
        double overall = allLinked / allPairs;
        if (allPairs < 100) {
            overall = 1.0 / Math.max(2, t.n);
        }
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                double p = (linked[a][b] + 1) / (pairs[a][b] + 1 / overall);
                model.setPrior(a, b, Math.min(0.5, p));
            }
        }
    }

    /**
     * Learns the ID field's m from candidate pairs that the other fields alone make near-certain.
     *
     * @param withoutId each pair's log2 odds from the prior and every field but the ID
     */
    static void learnIdField(MatchModel model, RecordTable t, long[] pairs, int[] levels, float[] withoutId) {
        long[][][] byPair = new long[MatchModel.PAIRS][][];
        for (int p = 0; p < MatchModel.PAIRS; p++) {
            byPair[p] = newCounts();
        }
        for (int k = 0; k < pairs.length; k++) {
            int level = ID.of(levels[k]);
            if (level != MISSING && withoutId[k] >= CONFIDENT_BITS) {
                int i = (int) (pairs[k] >>> 32), j = (int) pairs[k];
                byPair[MatchModel.pair(t.source(i), t.source(j))][ID.ordinal()][level]++;
            }
        }
        setM(model, ID, byPair, sum(List.of(byPair)), "confident-links");
        model.refresh();
    }

    private static long[][] newCounts() {
        long[][] c = new long[ALL.length][];
        for (Field f : ALL) {
            c[f.ordinal()] = new long[f.levelCount()];
        }
        return c;
    }

    private static void count(long[][] counts, int packed, boolean skipId) {
        for (Field f : ALL) {
            if (!(skipId && f == ID)) {
                counts[f.ordinal()][f.of(packed)]++;
            }
        }
    }

    private static long[][] sum(List<long[][]> parts) {
        long[][] total = newCounts();
        for (long[][] p : parts) {
            for (int f = 0; f < total.length; f++) {
                for (int l = 0; l < total[f].length; l++) {
                    total[f][l] += p[f][l];
                }
            }
        }
        return total;
    }

    private static long nonMissing(long[] counts) {
        long s = 0;
        for (int l = 1; l < counts.length; l++) {
            s += counts[l];
        }
        return s;
    }

    /** Shares of the non-missing levels, with {@code pseudo} prior observations; never below the floor. */
    private static double[] smooth(long[] counts, double[] prior, double pseudo, double floor) {
        double total = nonMissing(counts) + pseudo;
        double[] out = new double[counts.length];
        for (int l = 1; l < counts.length; l++) {
            out[l] = Math.max(Math.max((counts[l] + pseudo * prior[l]) / total, 0.5 / total), floor);
        }
        return out;
    }
}
