package cn.recon.match;

import java.util.Map;

/** The child each record belonged to in the previous quarter's run, so that children keep their ids. */
public record PreviousLinks(Map<RecordKey, String> childIds) {

    public PreviousLinks {
        childIds = Map.copyOf(childIds);
    }

    public static PreviousLinks none() {
        return new PreviousLinks(Map.of());
    }

    /** The previous child id of a record, or null. */
    public String childOf(RecordKey key) {
        return childIds.get(key);
    }
}
