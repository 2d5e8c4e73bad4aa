package cn.recon.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Gives each child (cluster) its id: the previous quarter's id of its records where it has one. An old id goes to the
 * cluster holding most of its records (ties: the smaller id first, then the cluster first in input order); a cluster
 * holding several old ids keeps the one with most records, then the smallest, and the others are reported as merged
 * into it; parts of an old child that lost the id get new ids and are reported as a split. Clusters are numbered in
 * input order, so new ids are drawn in a deterministic order.
 */
final class IdentityAssigner {

    final String[] childOfCluster;
    final List<IdentityChange> changes = new ArrayList<>();

    /**
     * @param cluster  cluster number of each record (0..clusters-1, numbered by first record)
     * @param previous previous child id of each record, or null
     */
    IdentityAssigner(int[] cluster, int clusters, String[] previous, Supplier<String> newChildId) {
        childOfCluster = new String[clusters];
        Map<String, Map<Integer, Integer>> counts = new HashMap<>();
        for (int i = 0; i < cluster.length; i++) {
            if (previous[i] != null) {
                counts.computeIfAbsent(previous[i], k -> new HashMap<>()).merge(cluster[i], 1, Integer::sum);
            }
        }
        record Claim(String oldId, int cluster, int records) {
        }
        List<Claim> claims = new ArrayList<>();
        counts.forEach((id, byCluster) -> byCluster.forEach((c, k) -> claims.add(new Claim(id, c, k))));
        claims.sort(Comparator.comparingInt(Claim::records).reversed().thenComparing(Claim::oldId)
                .thenComparingInt(Claim::cluster));
        Map<String, Integer> holder = new HashMap<>();
        for (Claim c : claims) {
            if (childOfCluster[c.cluster()] == null && !holder.containsKey(c.oldId())) {
                childOfCluster[c.cluster()] = c.oldId();
                holder.put(c.oldId(), c.cluster());
            }
        }
        for (int c = 0; c < clusters; c++) {
            if (childOfCluster[c] == null) {
                childOfCluster[c] = newChildId.get();
            }
        }
        reportChanges(counts);
    }

    private void reportChanges(Map<String, Map<Integer, Integer>> counts) {
        Map<Integer, TreeSet<String>> oldIdsOfCluster = new LinkedHashMap<>();
        for (String oldId : new TreeSet<>(counts.keySet())) {
            Map<Integer, Integer> byCluster = counts.get(oldId);
            for (int c : byCluster.keySet()) {
                oldIdsOfCluster.computeIfAbsent(c, k -> new TreeSet<>()).add(oldId);
            }
            if (byCluster.size() > 1) {
                TreeSet<String> others = new TreeSet<>();
                for (int c : byCluster.keySet()) {
                    if (!childOfCluster[c].equals(oldId)) {
                        others.add(childOfCluster[c]);
                    }
                }
                changes.add(new IdentityChange(IdentityChange.Kind.SPLIT, oldId, List.copyOf(others)));
            }
        }
        oldIdsOfCluster.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    String kept = childOfCluster[e.getKey()];
                    List<String> retired = e.getValue().stream().filter(id -> !id.equals(kept)).toList();
                    changes.add(new IdentityChange(IdentityChange.Kind.MERGED, kept, retired));
                });
    }
}
