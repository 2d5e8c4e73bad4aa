package cn.recon.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Strings to dense int ids (first seen, first numbered). Not thread-safe.
 *
 * <p>An open-addressing table: the keys in one array, each slot's hash and id packed in a long of another. A province's
 * names, guardians' and parents' names are millions of lookups, and a {@code HashMap<String, Integer>} reached each
 * id through a node and a boxed integer, each a cache miss and an object the collector traces (together a third of
 * the match step's encoding phase in a profile). The records' strings are shared within a source, so most hits are
 * the same instance, found without comparing characters.
 */
final class Dictionary {

    private String[] keys;
    /** Per slot: the key's spread hash in the high half, its id in the low half. */
    private long[] entries;
    private int mask;
    private final List<String> values;

    Dictionary(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        allocate(capacity);
        values = new ArrayList<>(expected);
    }

    /** The id of {@code s}, or -1 for null. */
    int id(String s) {
        if (s == null) {
            return -1;
        }
        int h = spread(s.hashCode());
        for (int i = h & mask;; i = (i + 1) & mask) {
            long e = entries[i];
            String k = keys[i];
            if (k == null) {
                int id = values.size();
                values.add(s);
                keys[i] = s;
                entries[i] = (long) h << 32 | id;
                if (values.size() * 2 > keys.length) {
                    grow();
                }
                return id;
            }
            if ((int) (e >>> 32) == h && (k == s || k.equals(s))) {
                return (int) e;
            }
        }
    }

    String value(int id) {
        return values.get(id);
    }

    int size() {
        return values.size();
    }

    private void allocate(int capacity) {
        keys = new String[capacity];
        entries = new long[capacity];
        mask = capacity - 1;
    }

    /** Doubles the table (kept at most half full, so that probes stay short). */
    private void grow() {
        String[] oldKeys = keys;
        long[] oldEntries = entries;
        allocate(oldKeys.length * 2);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = (int) (oldEntries[j] >>> 32) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                entries[i] = oldEntries[j];
            }
        }
    }

    /**
     * A hash mixed before masking: hashes of similar names (and of neighbouring dates) differ only a little in their
     * low bits.
     */
    static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
