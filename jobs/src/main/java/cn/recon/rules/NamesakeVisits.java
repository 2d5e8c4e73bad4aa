package cn.recon.rules;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Home visits logged under a name that several roster children share at one place, and linked to none of them (a
 * visit is linked only when that is unambiguous, DOMAIN.md). For each such name, place and month, K children lack a
 * home visit of that month and U such visits were logged. The log keeps one home visit per child and month, so the U
 * visits are most likely U of the K children, and each of the K was overdue with probability (K − U) / K. A child is
 * flagged while that is at least one half (2U ≤ K); when the visits outnumber the namesakes left unvisited (2U > K),
 * the month counts as visited for all K. Nobody is linked: the visits stay listed as unlinked.
 */
final class NamesakeVisits {

    /** A child with an open VISIT_OVERDUE flag: its name-and-place key and the months it misses (bit i: month i). */
    record Overdue(String childId, String placeKey, int missing) {
    }

    private NamesakeVisits() {
    }

    /**
     * The overdue children every missing month of whom the unlinked home visits at their name and place account for.
     *
     * @param unlinked per name-and-place key, the unlinked home visits of each month of the quarter
     */
    static Set<String> accountedFor(List<Overdue> overdue, Map<String, int[]> unlinked) {
        Map<String, int[]> unvisited = new HashMap<>();
        for (Overdue o : overdue) {
            if (unlinked.containsKey(o.placeKey())) {
                int[] k = unvisited.computeIfAbsent(o.placeKey(), x -> new int[3]);
                for (int i = 0; i < 3; i++) {
                    if ((o.missing() & (1 << i)) != 0) {
                        k[i]++;
                    }
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Overdue o : overdue) {
            int[] u = unlinked.get(o.placeKey());
            if (u == null || o.missing() == 0) {
                continue;
            }
            int[] k = unvisited.get(o.placeKey());
            boolean all = true;
            for (int i = 0; i < 3 && all; i++) {
                all = (o.missing() & (1 << i)) == 0 || 2 * u[i] > k[i];
            }
            if (all) {
                out.add(o.childId());
            }
        }
        return out;
    }
}
