package cn.recon.match;

/**
 * Shares equal values (names, places, dates) among the records of a load through a small direct-mapped table: a value
 * whose slot holds an equal one gets that instance, any other takes the slot. Frequent values (townships, villages,
 * common names, birth dates) end up as one instance each, which is what saves the memory; a rare value may be kept
 * twice. A {@code HashMap} that kept every distinct value cost a quarter of the match step's load in a profile (a
 * lookup that misses the processor's cache for each of a province's millions of names), and held them all. Not
 * thread-safe: one pool per reading thread.
 */
final class ValuePool {

    private static final int SLOTS = 1 << 14;
    private final Object[] slots = new Object[SLOTS];

    /** An instance equal to {@code value} (the pool's, or {@code value} itself), or null for null. */
    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        if (value == null) {
            return null;
        }
        int i = Dictionary.spread(value.hashCode()) & (SLOTS - 1);
        Object held = slots[i];
        if (held != null && held.equals(value)) {
            return (T) held;
        }
        slots[i] = value;
        return value;
    }
}
