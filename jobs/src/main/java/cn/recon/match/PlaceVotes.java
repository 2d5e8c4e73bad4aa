package cn.recon.match;

import java.util.Arrays;

/** Majority vote of the name id that records give to each code id. */
final class PlaceVotes {

    private PlaceVotes() {
    }

    /** For each code id (0..size-1): the name id most records with that code carry (ties: the smaller id), or NONE. */
    static int[] majority(int n, int[] code, int[] name, int size) {
        int[] best = new int[size];
        int[] bestVotes = new int[size];
        Arrays.fill(best, RecordTable.NONE);
        LongIntMap votes = new LongIntMap(1024);
        for (int i = 0; i < n; i++) {
            int c = code[i], v = name[i];
            if (c == RecordTable.NONE || v == RecordTable.NONE) {
                continue;
            }
            int k = votes.add(((long) c << 32) | v, 1);
            if (k > bestVotes[c] || (k == bestVotes[c] && v < best[c])) {
                bestVotes[c] = k;
                best[c] = v;
            }
        }
        return best;
    }
}
