package cn.recon.match;

/** How a record joined its child; {@link #key()} is the value written in links.csv. */
public enum LinkMethod {
    /** Shares a valid citizen ID with another record of the child. */
    ID,
    /** Accepted by a data officer (review decision). */
    REVIEW,
    /** Kept with the child it belonged to in the previous quarter's run (no contradicting evidence). */
    PREVIOUS,
    /** Linked by the probabilistic model above the upper threshold. */
    PROBABILISTIC,
    /** Alone: the only record of its child. */
    NEW;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
