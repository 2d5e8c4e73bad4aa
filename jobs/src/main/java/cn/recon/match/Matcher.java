package cn.recon.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The matching engine: source records in, one child per record out. A pure function of its inputs (deterministic for
 * given settings, whatever the thread timing). Steps:
 * <ol>
 * <li>records sharing a valid citizen ID are one child (union-find);</li>
 * <li>the model is estimated from the run's data ({@link ModelEstimator});</li>
 * <li>review decisions are applied: accepted pairs linked, rejected pairs kept apart for good;</li>
 * <li>records that were one child last quarter stay together unless contradicted ({@link PreviousChildren});</li>
 * <li>blocking picks candidate pairs for records not yet in a child with an ID ({@link Blocker});</li>
 * <li>pairs are scored (Fellegi–Sunter, term-frequency adjusted) and linked best first under the constraints of
 * {@link Clusterer}; uncertain pairs become review items;</li>
 * <li>children take their previous quarter's ids ({@link IdentityAssigner}).</li>
 * </ol>
 */
public final class Matcher {

    private final BiConsumer<String, Long> phaseListener;

    public Matcher() {
        this((phase, millis) -> { });
    }

    /** @param phaseListener told the name and duration (ms) of each phase, for benchmarks and logs */
    public Matcher(BiConsumer<String, Long> phaseListener) {
        this.phaseListener = phaseListener;
    }

    public MatchResult match(List<MatchRecord> records, PreviousLinks previous, ReviewDecisions decisions,
            MatchSettings settings, Supplier<String> newChildId) {
        List<MatchRecord> list = records instanceof RandomAccess ? records : new ArrayList<>(records);
        if (list.size() >= 1 << 24) {
            throw new IllegalArgumentException("at most 16,777,215 records per run; partition the run");
        }
        try (Parallel parallel = new Parallel(settings.parallelism())) {
            return run(list, previous, decisions, settings, newChildId, parallel);
        }
    }

    private MatchResult run(List<MatchRecord> records, PreviousLinks previous, ReviewDecisions decisions,
            MatchSettings settings, Supplier<String> newChildId, Parallel parallel) {
        long t0 = System.nanoTime();
        RecordTable t = new RecordTable(records, settings.idBirthToleranceDays());
        int n = t.n;
        UnionFind uf = new UnionFind(n);
        LongIntMap idCount = new LongIntMap(n);
        LongIntMap firstWithId = new LongIntMap(n);
        for (int i = 0; i < n; i++) {
            if (t.idKey[i] != -1) {
                idCount.add(t.idKey[i], 1);
                uf.union(firstWithId.putIfAbsent(t.idKey[i], i), i);
                uf.setKey(i, t.idKey[i]);
            }
        }
        t.countFrequencies(uf);
        t0 = phase("encode and link by ID", t0);

        MatchModel model = ModelEstimator.estimate(t, new Groups(uf, n), settings, parallel);
        t0 = phase("estimate m and u", t0);

        DecisionApplier applied = new DecisionApplier(t, uf, decisions);
        PreviousChildren kept = new PreviousChildren(t, model, uf, previous, applied.rejected);
        int[] root = new int[n];
        boolean[] unsettled = new boolean[n];
        for (int i = 0; i < n; i++) {
            root[i] = uf.find(i);
            unsettled[i] = !uf.keyed(i);
        }
        Blocker.Candidates candidates = Blocker.candidates(t, root, unsettled, settings, parallel);
        long[] pairs = candidates.pairs();
        t0 = phase("blocking", t0);

        int[] levels = new int[pairs.length];
        float[] withoutId = new float[pairs.length];
        parallel.map(pairs.length, Parallel.chunkSize(pairs.length, 4096), (c, from, to) -> {
            for (int k = from; k < to; k++) {
                int i = (int) (pairs[k] >>> 32), j = (int) pairs[k];
                int packed = Comparisons.compareWithoutId(t, i, j);
                withoutId[k] = (float) model.bits(t, i, j, packed);
                levels[k] = packed | Field.ID.pack(Comparisons.idLevel(t, i, j));
            }
            return null;
        });
        ModelEstimator.learnIdField(model, t, pairs, levels, withoutId);
        double[] bits = new double[pairs.length];
        parallel.map(pairs.length, Parallel.chunkSize(pairs.length, 4096), (c, from, to) -> {
            for (int k = from; k < to; k++) {
                int level = Field.ID.of(levels[k]);
                bits[k] = withoutId[k] + (level == Field.MISSING ? 0
                        : model.weight(t, (int) (pairs[k] >>> 32), (int) pairs[k], Field.ID, level));
            }
            return null;
        });
        Edges edges = new Edges(n, pairs, levels, bits, settings.lowerBits());
        t0 = phase("compare and score", t0);

        Clusterer clusterer = new Clusterer(t, model, uf, edges, settings, applied.rejected);
        clusterer.run();
        t0 = phase("cluster", t0);

        MatchResult result = new ResultBuilder(t, model, uf, edges, clusterer, applied, kept, idCount)
                .build(previous, newChildId, candidates);
        phase("identities and output", t0);
        return result;
    }

    private long phase(String name, long since) {
        long now = System.nanoTime();
        phaseListener.accept(name, (now - since) / 1_000_000);
        return now;
    }

    /** Applies the data officers' decisions found among this run's records. */
    static final class DecisionApplier {

        final Map<Integer, List<Integer>> rejected = new HashMap<>();
        /** Per record: the record an accepted decision linked it to, or -1. */
        final int[] acceptedPartner;
        int applied;
        int ignored;

        DecisionApplier(RecordTable t, UnionFind uf, ReviewDecisions decisions) {
            acceptedPartner = new int[t.n];
            java.util.Arrays.fill(acceptedPartner, -1);
            if (decisions.decisions().isEmpty()) {
                return;
            }
            Map<RecordKey, List<Integer>> byKey = new HashMap<>();
            for (int i = 0; i < t.n; i++) {
                byKey.computeIfAbsent(t.records.get(i).key(), k -> new ArrayList<>(1)).add(i);
            }
            List<PairKey> keys = new ArrayList<>(decisions.decisions().keySet());
            keys.sort((x, y) -> x.toString().compareTo(y.toString()));
            for (PairKey pair : keys) {
                List<Integer> xs = byKey.get(pair.first()), ys = byKey.get(pair.second());
                if (xs == null || ys == null) {
                    continue;
                }
                applied++;
                for (int x : xs) {
                    for (int y : ys) {
                        if (decisions.get(pair) == ReviewDecisions.Decision.REJECT) {
                            rejected.computeIfAbsent(x, k -> new ArrayList<>()).add(y);
                            rejected.computeIfAbsent(y, k -> new ArrayList<>()).add(x);
                        } else if (uf.compatible(x, y)) {
                            uf.union(x, y);
                            acceptedPartner[x] = acceptedPartner[x] == -1 ? y : acceptedPartner[x];
                            acceptedPartner[y] = acceptedPartner[y] == -1 ? x : acceptedPartner[y];
                        } else {
                            ignored++;
                        }
                    }
                }
            }
        }
    }
}
