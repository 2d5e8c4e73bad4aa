package cn.recon.match;

/**
 * The prior of a pair of records from two different sources when neither has a counterpart in the other's source
 * yet. A register lists a child once, so the children of two sources pair off one to one (a bipartite matching), and
 * the Fellegi–Sunter prior of a source pair (matches among all pairs, {@link ModelEstimator}) undervalues a pair
 * whose two records are both still unmatched: most roster children are in 户籍, so a roster record left without a
 * 户籍 record is very likely the one 户籍 child nearly like it that lacks a roster record. Under the bipartite
 * matching prior (Sadinle, "Bayesian estimation of bipartite matchings for record linkage", JASA 2017), adding the
 * pair to a matching of k pairs between n1 and n2 children has prior odds k / ((n1 − k)(n2 − k)); the difference
 * to the pair prior is the bonus, in bits, never negative. Counted over children (clusters), not records, after the
 * first linking pass; a bonus applies only to a pair whose two clusters have no source in common.
 */
final class OneToOne {

    private final double[][] bonus = new double[3][3];
    private final int[] sources;
    private final UnionFind uf;

    private OneToOne(UnionFind uf, int[] sources) {
        this.uf = uf;
        this.sources = sources;
    }

    /** Counts the children of each source and of each pair of sources in the current clustering. */
    static OneToOne of(RecordTable t, UnionFind uf, MatchModel model) {
        int n = t.n;
        int[] sources = new int[n];
        for (int i = 0; i < n; i++) {
            sources[uf.find(i)] |= 1 << t.source(i);
        }
        long[] children = new long[3];
        long[][] both = new long[3][3];
        for (int r = 0; r < n; r++) {
            int mask = sources[r];
            for (int a = 0; a < 3; a++) {
                if ((mask & 1 << a) == 0) {
                    continue;
                }
                children[a]++;
                for (int b = a + 1; b < 3; b++) {
                    if ((mask & 1 << b) != 0) {
                        both[a][b]++;
                    }
                }
            }
        }
        OneToOne o = new OneToOne(uf, sources);
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                long k = both[a][b], freeA = children[a] - k, freeB = children[b] - k;
                if (k > 0 && freeA > 0 && freeB > 0) {
                    double prior = MatchModel.log2((double) k / freeA / freeB);
                    o.bonus[a][b] = o.bonus[b][a] = Math.max(0, prior - model.priorBits[a][b]);
                }
            }
        }
        return o;
    }

    /**
     * The bonus of records i and j in bits: positive only when their two clusters have no source in common, so that
     * the pair would join two children that each lack the other's sources (not, say, a roster row and its 学籍 record
     * to a 户籍 child that has a 学籍 record of its own). Reads the clusters as they are now.
     */
    double bits(RecordTable t, int i, int j) {
        if ((sources[uf.find(i)] & sources[uf.find(j)]) != 0) {
            return 0;
        }
        return bonus[t.source(i)][t.source(j)];
    }

    /** Merges the clusters of i and j, keeping the sources they hold. */
    void union(int i, int j) {
        int mask = sources[uf.find(i)] | sources[uf.find(j)];
        sources[uf.union(i, j)] = mask;
    }
}
