package cn.recon.match;

import java.util.Objects;

/** An unordered pair of records, stored in a canonical order so that (a, b) and (b, a) are the same pair. */
public record PairKey(RecordKey first, RecordKey second) {

    public PairKey {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) > 0) {
            throw new IllegalArgumentException("use PairKey.of to build a pair in canonical order");
        }
    }

    public static PairKey of(RecordKey a, RecordKey b) {
        return a.compareTo(b) <= 0 ? new PairKey(a, b) : new PairKey(b, a);
    }

    @Override
    public String toString() {
        return first + " ~ " + second;
    }
}
