package cn.recon.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns scored pairs into children, best pair first. A pair above the upper threshold links its two clusters only
 * when: they do not hold two different valid citizen IDs; no rejected review decision separates them; the names allow
 * it ({@link MatchModel#autoLinkAllowed}); the record has no other candidate, in a child it could not share, scoring
 * within {@link MatchSettings#ambiguityBits()} (else both go to review); and the two clusters' fields agree on average over
 * all their cross pairs (so a chain of links cannot drag in a record that contradicts the rest). Because every record
 * takes its best compatible pair first, records join the best-fitting child, not whatever a chain reaches. A second
 * pass looks again at the pairs left under the threshold whose records are both still unmatched across their two
 * sources ({@link OneToOne}).
 */
final class Clusterer {

    /** A pair that was not linked but may be reviewed. */
    record Candidate(int edge, String reason) {
    }

    private static final int MAX_CROSS_PAIRS = 64;
    private static final double CLAMP_BITS = 40;

    private final RecordTable t;
    private final MatchModel model;
    private final UnionFind uf;
    private final Edges edges;
    private final MatchSettings settings;
    private final Map<Integer, List<Integer>> rejected;
    final int[] linkEdge;
    /** Per record linked in the second pass: the one-to-one bonus (bits) of its linking pair, else 0. */
    final double[] linkBonus;
    private OneToOne oneToOne;
    final List<Candidate> candidates = new ArrayList<>();

    Clusterer(RecordTable t, MatchModel model, UnionFind uf, Edges edges, MatchSettings settings,
            Map<Integer, List<Integer>> rejected) {
        this.t = t;
        this.model = model;
        this.uf = uf;
        this.edges = edges;
        this.settings = settings;
        this.rejected = rejected;
        linkEdge = new int[t.n];
        linkBonus = new double[t.n];
        java.util.Arrays.fill(linkEdge, -1);
    }

    void run() {
        double upper = settings.upperBits();
        for (int e = 0; e < edges.size(); e++) {
            int a = edges.a[e], b = edges.b[e];
            if (uf.find(a) == uf.find(b) || !uf.compatible(a, b) || separated(a, b)) {
                continue;
            }
            if (edges.bits[e] < upper) {
                candidates.add(new Candidate(e, "BAND"));
                continue;
            }
            String reason = obstacle(e);
            if (reason != null) {
                candidates.add(new Candidate(e, reason));
                continue;
            }
            link(e, a, b, 0);
            uf.union(a, b);
        }
        oneToOne = OneToOne.of(t, uf, model);
        linkUnmatchedPairs(upper);
    }

    /**
     * The second pass: a pair left in the band whose two records are both still without a counterpart in the other's
     * source is scored again with the one-to-one prior ({@link OneToOne}) and linked when it then reaches the upper
     * threshold and no constraint of the first pass forbids it.
     */
    private void linkUnmatchedPairs(double upper) {
        List<Candidate> left = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int e = c.edge(), a = edges.a[e], b = edges.b[e];
            double bonus = c.reason().equals("BAND") ? oneToOne.bits(t, a, b) : 0;
            if (bonus == 0 || edges.bits[e] + bonus < upper || uf.find(a) == uf.find(b) || !uf.compatible(a, b)
                    || separated(a, b)) {
                left.add(c);
                continue;
            }
            String reason = obstacle(e);
            if (reason != null) {
                left.add(new Candidate(e, reason));
                continue;
            }
            link(e, a, b, bonus);
            oneToOne.union(a, b);
        }
        candidates.clear();
        candidates.addAll(left);
    }

    /** Why a pair above the threshold may not be linked automatically, or null when nothing forbids it. */
    private String obstacle(int e) {
        return !MatchModel.autoLinkAllowed(edges.levels[e]) ? "NAME_RULE"
                : ambiguous(e) ? "AMBIGUOUS" : !cohesive(edges.a[e], edges.b[e]) ? "COHESION" : null;
    }

    /** Records the edge (and its one-to-one bonus) that first linked each of its two records. */
    private void link(int e, int a, int b, double bonus) {
        for (int x : new int[] {a, b}) {
            if (linkEdge[x] == -1) {
                linkEdge[x] = e;
                linkBonus[x] = bonus;
            }
        }
    }

    /** The one-to-one bonus (bits) of an edge's two records as the clusters are now. */
    double bonus(int e) {
        return oneToOne == null ? 0 : oneToOne.bits(t, edges.a[e], edges.b[e]);
    }

    /** True when a rejected decision has a record of a's cluster on one side and one of b's on the other. */
    boolean separated(int a, int b) {
        return separated(uf, rejected, a, b);
    }

    /** The same for any union-find over the records and the rejected decisions by record. */
    static boolean separated(UnionFind uf, Map<Integer, List<Integer>> rejected, int a, int b) {
        if (rejected.isEmpty()) {
            return false;
        }
        int rb = uf.find(b);
        for (int x : uf.members(a)) {
            for (int y : rejected.getOrDefault(x, List.of())) {
                if (uf.find(y) == rb) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when an endpoint without a citizen ID in its cluster has another candidate nearly as good in a cluster
     * that cannot share a child with the other endpoint's (both hold different IDs). Where either child has several
     * records, "as good" is judged on the whole child ({@link #childBits}): a roster row whose village only the
     * 户籍 record of a child holds, and whose guardian only its 学籍 record, fits that child better than a namesake
     * with the same village alone, though each single pair scores the same. A candidate the name rule would never
     * link ({@link MatchModel#autoLinkAllowed}: another name on the same birth date, a twin's pattern) competes with
     * nobody.
     */
    private boolean ambiguous(int e) {
        double floor = edges.bits[e] - settings.ambiguityBits();
        for (int side = 0; side < 2; side++) {
            int x = side == 0 ? edges.a[e] : edges.b[e];
            int y = side == 0 ? edges.b[e] : edges.a[e];
            if (uf.keyed(x) || !uf.keyed(y)) {
                continue;
            }
            int ry = uf.find(y), rx = uf.find(x);
            for (int k = edges.offset[x]; k < edges.offset[x + 1]; k++) {
                int f = edges.byRecord[k];
                if (edges.bits[f] < floor) {
                    break;
                }
                int z = edges.other(f, x);
                int rz = uf.find(z);
                if (f != e && rz != ry && rz != rx && uf.keyed(z) && uf.key(z) != uf.key(y)
                        && MatchModel.autoLinkAllowed(edges.levels[f]) && (uf.size(y) == 1 && uf.size(z) == 1
                        || childBits(x, z) >= childBits(x, y) - settings.ambiguityBits())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How well record x fits the child of c's cluster: each field from the member that agrees best on it (one record
     * of a child may hold the village, another the guardian), plus the best prior of x's source with a member's; over
     * at most {@link #MAX_CROSS_PAIRS} members. For the ambiguity check, where two children compete for x.
     */
    private double childBits(int x, int c) {
        double[] best = new double[Field.ALL.length];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        double prior = Double.NEGATIVE_INFINITY;
        int count = 0;
        for (int y : uf.members(c)) {
            if (count++ == MAX_CROSS_PAIRS) {
                break;
            }
            prior = Math.max(prior, model.priorBits[t.source(x)][t.source(y)]);
            int levels = Comparisons.compare(t, x, y);
            for (Field f : Field.ALL) {
                int level = f.of(levels);
                if (level != Field.MISSING) {
                    best[f.ordinal()] = Math.max(best[f.ordinal()], model.weight(t, x, y, f, level));
                }
            }
        }
        double sum = prior;
        for (double w : best) {
            sum += w == Double.NEGATIVE_INFINITY ? 0 : w;
        }
        return sum;
    }

    /**
     * Whether the fields of the two clusters' records agree on average: the mean evidence (log2 of m/u summed over
     * fields, the prior left out, each pair clamped) over all cross pairs reaches the cohesion bits. A record that
     * contradicts the rest (another birth date, another name) drags the mean down; a record that merely lacks
     * fields does not.
     */
    private boolean cohesive(int a, int b) {
        if (uf.size(a) == 1 && uf.size(b) == 1) {
            return true;
        }
        int[] ma = uf.members(a), mb = uf.members(b);
        double sum = 0;
        int count = 0;
        for (int x : ma) {
            for (int y : mb) {
                if (count == MAX_CROSS_PAIRS) {
                    break;
                }
                double w = model.evidenceBits(t, x, y, Comparisons.compare(t, x, y));
                sum += Math.max(-CLAMP_BITS, Math.min(CLAMP_BITS, w));
                count++;
            }
        }
        return sum / count >= settings.cohesionBits();
    }

    /** Review items still open after linking: best first, one per pair of clusters, a few per cluster. */
    List<Candidate> openCandidates() {
        List<Candidate> open = new ArrayList<>();
        Set<Long> clusterPairs = new HashSet<>();
        Map<Integer, Integer> perCluster = new java.util.HashMap<>();
        candidates.sort((x, y) -> Integer.compare(x.edge(), y.edge()));
        for (Candidate c : candidates) {
            int a = edges.a[c.edge()], b = edges.b[c.edge()];
            int ra = uf.find(a), rb = uf.find(b);
            if (ra == rb || !uf.compatible(a, b) || separated(a, b)) {
                continue;
            }
            long key = ((long) Math.min(ra, rb) << 32) | Math.max(ra, rb);
            if (perCluster.getOrDefault(ra, 0) >= settings.maxReviewPerRecord()
                    || perCluster.getOrDefault(rb, 0) >= settings.maxReviewPerRecord() || !clusterPairs.add(key)) {
                continue;
            }
            perCluster.merge(ra, 1, Integer::sum);
            perCluster.merge(rb, 1, Integer::sum);
            open.add(c);
        }
        return open;
    }
}
