package cn.recon.match;

/**
 * How common each name, pinyin and family name is, counted in children (each record weighs 1/size of its ID cluster),
 * in the whole run and in each township, so that agreeing on a common name (岩温 forty times in one township) weighs
 * less than agreeing on a rare one. The u of an agreement on value v is the chance that a random other child carries
 * v: its frequency without the child itself, taken within the township when both records are of the same township
 * (smoothed towards the run-wide frequency), never below half a child.
 */
final class TermFrequencies {

    /** Fixed-point unit: exact for clusters of up to 8 records. */
    private static final int UNIT = 840;
    private static final double LOCAL_SMOOTHING = 20;

    private final long[] nameCount;
    private final long[] pinyinCount;
    private final long[] familyCount;
    private final LongIntMap localName;
    private final LongIntMap localPinyin;
    private final long[] townshipCount;
    private final double children;
    private final double familyTotal;

    TermFrequencies(RecordTable t, UnionFind clusters) {
        nameCount = new long[t.names.size()];
        pinyinCount = new long[t.pinyins.size()];
        familyCount = new long[t.names.size()];
        townshipCount = new long[t.places.size()];
        localName = new LongIntMap(t.n / 2 + 16);
        localPinyin = new LongIntMap(t.n / 2 + 16);
        long total = 0;
        long fam = 0;
        for (int i = 0; i < t.n; i++) {
            int w = UNIT / Math.min(8, clusters.size(i));
            total += w;
            if (t.name(i) != RecordTable.NONE) {
                nameCount[t.name(i)] += w;
                pinyinCount[t.pinyin(i)] += w;
                if (t.twpKey(i) != RecordTable.NONE) {
                    townshipCount[t.twpKey(i)] += w;
                    localName.add(local(t.twpKey(i), t.name(i)), w);
                    localPinyin.add(local(t.twpKey(i), t.pinyin(i)), w);
                }
            }
            for (int k = 0; k < 3; k++) {
                int f = t.family(i, k);
                if (f != RecordTable.NONE) {
                    familyCount[f] += w;
                    fam += w;
                }
            }
        }
        children = Math.max(1.0, total / (double) UNIT);
        familyTotal = Math.max(1.0, fam / (double) UNIT);
    }

    /** u of agreeing on name {@code nameId}; within township {@code twp} unless twp is NONE. */
    double name(int nameId, int twp) {
        return share(nameCount[nameId], twp, localName, nameId);
    }

    /** u of agreeing on the reading {@code pinyinId}. */
    double pinyin(int pinyinId, int twp) {
        return share(pinyinCount[pinyinId], twp, localPinyin, pinyinId);
    }

    /** u of two random children sharing family name {@code nameId} among {@code names} names on either side. */
    double family(int nameId, int names) {
        double others = Math.max(familyCount[nameId] / (double) UNIT - 1, 0.5);
        return Math.min(1.0, names * others / familyTotal);
    }

    /** Children counted (sum of 1/cluster size). */
    double children() {
        return children;
    }

    private double share(long globalCount, int twp, LongIntMap local, int id) {
        double global = Math.max(globalCount / (double) UNIT - 1, 0.5) / children;
        if (twp == RecordTable.NONE) {
            return global;
        }
        double inTownship = Math.max(local.get(local(twp, id), 0) / (double) UNIT - 1, 0);
        double n = townshipCount[twp] / (double) UNIT + LOCAL_SMOOTHING;
        return Math.max((inTownship + LOCAL_SMOOTHING * global) / n, 0.5 / n);
    }

    private static long local(int twp, int id) {
        return ((long) twp << 32) | id;
    }
}
