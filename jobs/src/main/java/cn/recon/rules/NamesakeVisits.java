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
public final class NamesakeVisits {

    /**
     * An overdue child some of whose missing months (bit i: month i of the quarter) had unlinked home visits under
     * its name-and-place key: {@code unlinked[i]} of them in month i.
     */
    public record Overdue(String childId, String placeKey, int missing, int[] unlinked) {

        /** Month i of the quarter is missing and had unlinked home visits under the child's name at its place. */
        boolean met(int month) {
            return (missing & (1 << month)) != 0 && unlinked[month] > 0;
        }
    }

    private NamesakeVisits() {
    }

    /** The overdue children every missing month of whom the unlinked home visits at their name and place account for. */
    static Set<String> accountedFor(List<Overdue> overdue) {
        Map<String, int[]> unvisited = new HashMap<>();
        for (Overdue o : overdue) {
            int[] k = unvisited.computeIfAbsent(o.placeKey(), x -> new int[3]);
            for (int i = 0; i < 3; i++) {
                if ((o.missing() & (1 << i)) != 0) {
                    k[i]++;
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Overdue o : overdue) {
            int[] k = unvisited.get(o.placeKey());
            boolean all = o.missing() != 0;
            for (int i = 0; i < 3 && all; i++) {
                all = (o.missing() & (1 << i)) == 0 || 2 * o.unlinked()[i] > k[i];
            }
            if (all) {
                out.add(o.childId());
            }
        }
        return out;
    }
}
