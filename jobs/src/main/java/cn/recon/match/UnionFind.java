package cn.recon.match;

import java.util.Arrays;

/**
 * Disjoint sets of records with path halving and union by size, plus a circular member list per set (so a set's
 * records can be listed) and the set's valid citizen ID key (-1 when none): two sets with different keys never merge.
 */
final class UnionFind {

    private final int[] parent;
    private final int[] size;
    private final int[] next;
    private final long[] key;

    UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        next = new int[n];
        key = new long[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            next[i] = i;
        }
        Arrays.fill(size, 1);
        Arrays.fill(key, -1);
    }

    void setKey(int i, long k) {
        key[find(i)] = k;
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    int size(int i) {
        return size[find(i)];
    }

    long key(int i) {
        return key[find(i)];
    }

    boolean keyed(int i) {
        return key(i) != -1;
    }

    /** True when the sets of a and b could be one child: not both holding (different) citizen IDs. */
    boolean compatible(int a, int b) {
        long ka = key(a), kb = key(b);
        return ka == -1 || kb == -1 || ka == kb;
    }

    /** Merges the sets of a and b; returns the new root. The caller checks {@link #compatible} first. */
    int union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) {
            return ra;
        }
        if (size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra)) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        if (key[ra] == -1) {
            key[ra] = key[rb];
        }
        int t = next[ra];
        next[ra] = next[rb];
        next[rb] = t;
        return ra;
    }

    /** The members of i's set, starting at i. */
    int[] members(int i) {
        int[] out = new int[size(i)];
        int k = 0;
        int j = i;
        do {
            out[k++] = j;
            j = next[j];
        } while (j != i);
        return out;
    }
}
