package cn.recon.rules;

/** A flag against the previous quarter's run. */
public enum FlagStatus {
    /** Not present last quarter. */
    NEW,
    /** Present last quarter and now; carries the quarter it was first seen. */
    PERSISTING,
    /** Present last quarter, gone now (e.g. a dropout who returned to school, 劝返复学). */
    RESOLVED
}
