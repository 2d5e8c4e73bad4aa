package cn.recon.match;

import java.util.Arrays;

/** A small open-addressing map from non-negative long keys to int values, without boxing. Not thread-safe. */
final class LongIntMap {

    private static final long FREE = -1L;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, FREE);
    }

    int get(long key, int absent) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == FREE) {
                return absent;
            }
        }
    }

    /** Adds {@code delta} to the value of {@code key} (absent counts as 0) and returns the new value. */
    int add(long key, int delta) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key");
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == FREE) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                values[i] = delta;
                grow();
                return delta;
            }
        }
        return values[i] += delta;
    }

    /** Sets the value of {@code key} only when absent; returns the value now held. */
    int putIfAbsent(long key, int value) {
        int v = get(key, Integer.MIN_VALUE);
        if (v != Integer.MIN_VALUE) {
            return v;
        }
        add(key, value);
        return value;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != FREE) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != FREE) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }
}
