package cn.recon.match;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses the pairs worth comparing: records that share a key under at least one blocking rule, where at least one
 * of the two is not yet in a child with a valid citizen ID (the "unsettled" records). Rules, in union: birth date +
 * surname reading; birth date + township; name reading + birth year and month (a day mistyped); name reading + birth
 * month and day (a year mistyped); name reading + township (any date damage); the first 14 characters (area code +
 * birth date) of an ID; characters 7–18 (birth date + sequence + check) of an ID; an ID without its month and day
 * (characters 11–14), and without its year (characters 7–10). The last four together meet two IDs one mistyped digit
 * apart wherever that digit is: the first two alone miss a digit of the birth date, which both contain. The ID rules
 * take an ID set aside for its birth date too ({@link RecordTable#setAsideId}), and the township rules a 学籍
 * record's school township when its 户口所在地 is blank ({@link RecordTable#blockTwp}). A block whose
 * comparisons would exceed {@link MatchSettings#maxBlockPairs()} is skipped and counted; its records still meet
 * through the other rules.
 */
final class Blocker {

    record Candidates(long[] pairs, int skippedBlocks) {
    }

    private static final int RULES = 9;
    /** Rules 0 to 3 key on the birth date. */
    private static final int LAST_BIRTH_RULE = 3;
    private static final long NO_KEY = Long.MIN_VALUE;

    private Blocker() {
    }

    static Candidates candidates(RecordTable t, int[] root, boolean[] unsettled, MatchSettings s, Parallel parallel) {
        int idxBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, t.n - 1)));
        // each rule's pairs stay in the buffer they were gathered in, copied once into one array (at a province's size
        // each copy is tens of megabytes of garbage)
        List<PairBuffer> perRule = parallel.map(RULES, 1, (rule, from, to) -> {
            PairBuffer out = new PairBuffer();
            out.skipped = block(t, root, unsettled, rule, idxBits, s.maxBlockPairs(), out);
            return out;
        });
        int skipped = 0;
        int total = 0;
        for (PairBuffer r : perRule) {
            skipped += r.skipped;
            total += r.size;
        }
        long[] all = new long[total];
        int k = 0;
        for (PairBuffer r : perRule) {
            System.arraycopy(r.a, 0, all, k, r.size);
            k += r.size;
        }
        Arrays.parallelSort(all);
        int unique = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[unique++] = all[i];
            }
        }
        return new Candidates(Arrays.copyOf(all, unique), skipped);
    }

    private static int block(RecordTable t, int[] root, boolean[] unsettled, int rule, int idxBits, int maxPairs,
            PairBuffer out) {
        boolean byBirth = rule <= LAST_BIRTH_RULE;
        long[] packed = new long[t.n + (byBirth ? t.altBirths : 0)];
        int m = 0;
        long idxMask = (1L << idxBits) - 1;
        for (int i = 0; i < t.n; i++) {
            long key = key(t, rule, i, t.birth(i));
            if (key != NO_KEY) {
                packed[m++] = (key << idxBits) | i;
            }
            // a record with a second birth date (a J or L number's) is in the block of that date too
            long second = byBirth && t.altBirth[i] != 0 ? key(t, rule, i, t.altBirth[i]) : NO_KEY;
            if (second != NO_KEY) {
                packed[m++] = (second << idxBits) | i;
            }
        }
        Arrays.sort(packed, 0, m);
        int skipped = 0;
        for (int lo = 0; lo < m; ) {
            long key = packed[lo] >>> idxBits;
            int hi = lo + 1;
            while (hi < m && (packed[hi] >>> idxBits) == key) {
                hi++;
            }
            if (hi - lo > 1) {
                int unsettledCount = 0;
                for (int k = lo; k < hi; k++) {
                    if (unsettled[(int) (packed[k] & idxMask)]) {
                        unsettledCount++;
                    }
                }
                if ((long) unsettledCount * (hi - lo) > maxPairs) {
                    skipped++;
                } else if (unsettledCount > 0) {
                    emit(packed, lo, hi, idxMask, root, unsettled, out);
                }
            }
            lo = hi;
        }
        return skipped;
    }

    private static void emit(long[] packed, int lo, int hi, long idxMask, int[] root, boolean[] unsettled,
            PairBuffer out) {
        for (int a = lo; a < hi; a++) {
            int i = (int) (packed[a] & idxMask);
            if (!unsettled[i]) {
                continue;
            }
            for (int b = lo; b < hi; b++) {
                int j = (int) (packed[b] & idxMask);
                if (j == i || root[i] == root[j] || (unsettled[j] && j < i)) {
                    continue;
                }
                out.add(i < j ? ((long) i << 32) | j : ((long) j << 32) | i);
            }
        }
    }

    /**
     * The rule's key of record i with the given birth date (the record's, or its second one), hashed to 40 bits (so
     * that key and record index share one long), or NO_KEY.
     */
    static long key(RecordTable t, int rule, int i, int birth) {
        long h;
        int pinyin = t.pinyin(i), twp = t.blockTwp(i);
        String id = t.idText[i] != null ? t.idText[i] : t.setAsideId[i];
        switch (rule) {
            case 0 -> h = birth == 0 || t.surname[i] < 0 ? NO_KEY : hash(rule, birth, t.surname[i]);
            case 1 -> h = birth == 0 || twp < 0 ? NO_KEY : hash(rule, birth, twp);
            case 2 -> h = pinyin < 0 || birth == 0 ? NO_KEY : hash(rule, pinyin, birth / 100);
            case 3 -> h = pinyin < 0 || birth == 0 ? NO_KEY : hash(rule, pinyin, birth % 10000);
            case 4 -> h = pinyin < 0 || twp < 0 ? NO_KEY : hash(rule, pinyin, twp);
            case 5 -> h = id == null || id.length() < 14 ? NO_KEY : hash(rule, id, 0, 14);
            case 6 -> h = id == null || id.length() != 18 ? NO_KEY : hash(rule, id, 6, 18);
            case 7 -> h = id == null || id.length() != 18 ? NO_KEY : hash(rule, id, 0, 10, 14, 18);
            case 8 -> h = id == null || id.length() != 18 ? NO_KEY : hash(rule, id, 0, 6, 10, 18);
            default -> throw new IllegalArgumentException("rule " + rule);
        }
        return h == NO_KEY ? NO_KEY : h >>> 24;
    }

    private static long hash(int rule, long a, long b) {
        long h = rule * 0x9E3779B97F4A7C15L + a;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + b;
        h = (h ^ (h >>> 29)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 32);
    }

    private static long hash(int rule, String s, int from, int to) {
        return hash(rule, s, from, to, to, to);
    }

    /** The hash of two ranges of {@code s}, [from, to) and [from2, to2). */
    private static long hash(int rule, String s, int from, int to, int from2, int to2) {
        long h = rule;
        for (int k = from; k < to; k++) {
            h = h * 1_000_003L + s.charAt(k);
        }
        for (int k = from2; k < to2; k++) {
            h = h * 1_000_003L + s.charAt(k);
        }
        return hash(rule, h, to - from + to2 - from2);
    }

    /** A growable array of packed pairs. */
    private static final class PairBuffer {
        private long[] a = new long[1024];
        private int size;
        int skipped;

        void add(long v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[size++] = v;
        }
    }
}
