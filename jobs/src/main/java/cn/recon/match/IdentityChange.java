package cn.recon.match;

import java.util.List;

/**
 * A change of child identities against the previous quarter.
 *
 * @param kind     MERGED: records of several previous children are now one child, which keeps {@code childId};
 *                 {@code otherIds} are the retired ids. SPLIT: the records of previous child {@code childId} are now
 *                 in several children; the one with most of them kept the id, {@code otherIds} are the others.
 */
public record IdentityChange(Kind kind, String childId, List<String> otherIds) {

    public enum Kind { MERGED, SPLIT }

    public IdentityChange {
        otherIds = List.copyOf(otherIds);
    }
}
