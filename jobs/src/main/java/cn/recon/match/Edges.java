package cn.recon.match;

import java.util.Arrays;

/**
 * The scored candidate pairs worth keeping (at or above the lower threshold), best first (ties in record order), with
 * each record's edges listed best first for the ambiguity check.
 */
final class Edges {

    final int[] a;
    final int[] b;
    final double[] bits;
    final int[] levels;
    /** Edge ids of record i: {@code byRecord[offset[i]..offset[i+1])}, best first. */
    final int[] offset;
    final int[] byRecord;

    Edges(int n, long[] pairs, int[] pairLevels, double[] pairBits, double minBits) {
        int kept = 0;
        for (double w : pairBits) {
            if (w >= minBits) {
                kept++;
            }
        }
        long[] sortKeys = new long[kept];
        int k = 0;
        for (int p = 0; p < pairs.length; p++) {
            if (pairBits[p] >= minBits) {
                long q = Math.round(Math.max(-30000, Math.min(30000, pairBits[p])) * 65536);
                sortKeys[k++] = (-q << 32) | p;
            }
        }
        Arrays.parallelSort(sortKeys);
        a = new int[kept];
        b = new int[kept];
        bits = new double[kept];
        levels = new int[kept];
        offset = new int[n + 1];
        for (int e = 0; e < kept; e++) {
            int p = (int) (sortKeys[e] & 0xFFFFFFFFL);
            a[e] = (int) (pairs[p] >>> 32);
            b[e] = (int) pairs[p];
            bits[e] = pairBits[p];
            levels[e] = pairLevels[p];
            offset[a[e] + 1]++;
            offset[b[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            offset[i + 1] += offset[i];
        }
        byRecord = new int[2 * kept];
        int[] fill = Arrays.copyOf(offset, n);
        for (int e = 0; e < kept; e++) {
            byRecord[fill[a[e]]++] = e;
            byRecord[fill[b[e]]++] = e;
        }
    }

    int size() {
        return a.length;
    }

    int other(int e, int i) {
        return a[e] == i ? b[e] : a[e];
    }
}
