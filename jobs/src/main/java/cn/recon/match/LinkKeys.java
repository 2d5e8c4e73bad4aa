package cn.recon.match;

import cn.recon.person.Quarter;
import cn.recon.source.Source;

/**
 * The primary key of {@code child_link}: one number that sorts a quarter's links by source (in key order: hukou,
 * roster, school, visits), then in the order the match step wrote them, which is child order. Laid out as quarter
 * (year × 4 + quarter − 1) above bit 44, the source's rank in bits 40–43, and a running number below. A single
 * BIGINT key is the table's own row key on H2 and its clustered index on MySQL, so the match step appends its links
 * at the end of one tree, and the flag step, links.csv and the next quarter read a quarter's source as one range of
 * the table, in child order, with no second index to look through.
 */
public final class LinkKeys {

    static final int SEQUENCE_BITS = 40;
    private static final int QUARTER_SHIFT = SEQUENCE_BITS + 4;

    private LinkKeys() {
    }

    /** The key of the {@code sequence}-th link (from 0) of a quarter's source. */
    public static long of(Quarter q, Source s, long sequence) {
        if (sequence < 0 || sequence >= 1L << SEQUENCE_BITS) {
            throw new IllegalArgumentException("link sequence out of range: " + sequence);
        }
        return first(q, s) + sequence;
    }

    /** The first possible key of a quarter's source. */
    public static long first(Quarter q, Source s) {
        return quarterBase(q) | ((long) s.keyRank() << SEQUENCE_BITS);
    }

    /** The last possible key of a quarter's source. */
    public static long last(Quarter q, Source s) {
        return first(q, s) + (1L << SEQUENCE_BITS) - 1;
    }

    /** The first possible key of a quarter. */
    public static long first(Quarter q) {
        return quarterBase(q);
    }

    /** The last possible key of a quarter. */
    public static long last(Quarter q) {
        return quarterBase(q) + (1L << QUARTER_SHIFT) - 1;
    }

    private static long quarterBase(Quarter q) {
        return ((long) q.year() * 4 + q.number() - 1) << QUARTER_SHIFT;
    }
}
