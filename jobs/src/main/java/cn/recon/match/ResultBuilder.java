package cn.recon.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Assembles the {@link MatchResult}: child ids, each record's method, score and evidence, review items, counts. */
final class ResultBuilder {

    private final RecordTable t;
    private final MatchModel model;
    private final UnionFind uf;
    private final Edges edges;
    private final Clusterer clusterer;
    private final Matcher.DecisionApplier decisions;
    private final PreviousChildren kept;
    private final LongIntMap idCount;

    ResultBuilder(RecordTable t, MatchModel model, UnionFind uf, Edges edges, Clusterer clusterer,
            Matcher.DecisionApplier decisions, PreviousChildren kept, LongIntMap idCount) {
        this.kept = kept;
        this.t = t;
        this.model = model;
        this.uf = uf;
        this.edges = edges;
        this.clusterer = clusterer;
        this.decisions = decisions;
        this.idCount = idCount;
    }

    MatchResult build(PreviousLinks previous, Supplier<String> newChildId, Blocker.Candidates candidates) {
        int n = t.n;
        int[] clusterOf = new int[n];
        int[] clusterOfRoot = new int[n];
        java.util.Arrays.fill(clusterOfRoot, -1);
        int clusters = 0;
        String[] previousIds = new String[n];
        for (int i = 0; i < n; i++) {
            int r = uf.find(i);
            if (clusterOfRoot[r] == -1) {
                clusterOfRoot[r] = clusters++;
            }
            clusterOf[i] = clusterOfRoot[r];
            previousIds[i] = previous.childIds().isEmpty() ? null : previous.childOf(t.records.get(i).key());
        }
        IdentityAssigner ids = new IdentityAssigner(clusterOf, clusters, previousIds, newChildId);

        List<RecordLink> links = new ArrayList<>(n);
        int byId = 0, byProbability = 0, byReview = 0, byPrevious = 0, single = 0;
        for (int i = 0; i < n; i++) {
            MatchRecord r = t.records.get(i);
            String child = ids.childOfCluster[clusterOf[i]];
            if (t.idKey[i] != -1 && idCount.get(t.idKey[i], 0) > 1) {
                byId++;
                links.add(new RecordLink(i, r.index(), r.key(), child, LinkMethod.ID, null, -1, List.of(),
                        false));
            } else if (decisions.acceptedPartner[i] != -1) {
                byReview++;
                links.add(pairLink(i, decisions.acceptedPartner[i], child, LinkMethod.REVIEW, 0));
            } else if (kept.partner[i] != -1) {
                byPrevious++;
                links.add(pairLink(i, kept.partner[i], child, LinkMethod.PREVIOUS, 0));
            } else if (clusterer.linkEdge[i] != -1) {
                byProbability++;
                int e = clusterer.linkEdge[i];
                links.add(pairLink(i, edges.other(e, i), child, LinkMethod.PROBABILISTIC, clusterer.linkBonus[i]));
            } else {
                if (uf.size(i) == 1) {
                    single++;
                }
                links.add(new RecordLink(i, r.index(), r.key(), child, LinkMethod.NEW, null, -1, List.of(),
                        t.idIgnored[i]));
            }
        }
        List<ReviewItem> review = new ArrayList<>();
        for (Clusterer.Candidate c : clusterer.openCandidates()) {
            int a = edges.a[c.edge()], b = edges.b[c.edge()];
            double bonus = clusterer.bonus(c.edge()), bits = edges.bits[c.edge()] + bonus;
            review.add(new ReviewItem(PairKey.of(t.records.get(a).key(), t.records.get(b).key()), a, b,
                    MatchSettings.probability(bits), round(bits), c.reason(),
                    evidence(a, b, edges.levels[c.edge()], bonus)));
        }
        MatchStats stats = new MatchStats(n, clusters, byId, byProbability, byReview, byPrevious, single, review.size(),
                candidates.pairs().length, candidates.skippedBlocks(), decisions.applied, decisions.ignored,
                t.idsIgnored);
        return new MatchResult(links, review, ids.changes, stats, model.priors(), model.parameters());
    }

    private RecordLink pairLink(int i, int partner, String child, LinkMethod method, double bonus) {
        MatchRecord r = t.records.get(i);
        int levels = Comparisons.compare(t, i, partner);
        double bits = model.bits(t, i, partner, levels) + bonus;
        return new RecordLink(i, r.index(), r.key(), child, method, MatchSettings.probability(bits), partner,
                evidence(i, partner, levels, bonus), t.idIgnored[i]);
    }

    /** The model's evidence of a pair, and the one-to-one prior when it counted ({@link OneToOne}). */
    private List<FieldEvidence> evidence(int i, int j, int levels, double bonus) {
        List<FieldEvidence> out = model.evidence(t, i, j, levels);
        if (bonus > 0) {
            out.add(new FieldEvidence("one_to_one", "BOTH_UNMATCHED", round(bonus)));
        }
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
