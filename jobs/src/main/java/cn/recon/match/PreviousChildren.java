package cn.recon.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The incremental step of a later quarter: records that were one child in the previous quarter's run stay one child,
 * unless this quarter's data contradict it. Without this, a record whose own fields changed their meaning would fall
 * out of its child: e.g. a pupil registered with a {@code J} number (no citizen ID then) whose 户籍 was settled since,
 * so that the roster and 户籍 now carry an ID while the 学籍 row still says "no ID".
 *
 * <p>A record is kept with its previous child's first record of this run when: the two clusters do not hold two
 * different valid citizen IDs; no rejected review decision separates them; the names still allow an automatic link
 * ({@link MatchModel#autoLinkAllowed}); and the fields (prior and ID left out) give no evidence against it
 * (at least {@link #MIN_EVIDENCE_BITS}).
 */
final class PreviousChildren {

    static final double MIN_EVIDENCE_BITS = 0;

    /** Per record: the record of its previous child it was kept with, or -1. */
    final int[] partner;
    int kept;

    PreviousChildren(RecordTable t, MatchModel model, UnionFind uf, PreviousLinks previous,
            Map<Integer, List<Integer>> rejected) {
        partner = new int[t.n];
        Arrays.fill(partner, -1);
        if (previous.childIds().isEmpty()) {
            return;
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < t.n; i++) {
            String child = previous.childOf(t.records.get(i).key());
            if (child == null) {
                continue;
            }
            Integer f = first.putIfAbsent(child, i);
            if (f == null || uf.find(f) == uf.find(i) || !uf.compatible(f, i) || Clusterer.separated(uf, rejected, f, i)) {
                continue;
            }
            int packed = Comparisons.compare(t, f, i);
            int id = Field.ID.of(packed);
            if (id == Field.ID_DIFFERENT || !MatchModel.autoLinkAllowed(packed)
                    || model.evidenceBits(t, f, i, packed & ~Field.ID.pack(0xF)) < MIN_EVIDENCE_BITS) {
                continue;
            }
            uf.union(f, i);
            partner[i] = f;
            if (partner[f] == -1) {
                partner[f] = i;
            }
            kept++;
        }
    }
}
