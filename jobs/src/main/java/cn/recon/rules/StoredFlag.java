package cn.recon.rules;

import cn.recon.person.Quarter;
import java.util.Objects;

/**
 * A flag as stored by a previous run. Rows the previous run itself stored as {@link FlagStatus#RESOLVED} are not
 * open flags and are ignored by {@link FlagComparison}.
 *
 * @param firstSeen the quarter the flag was first raised (never null)
 */
public record StoredFlag(String childId, FlagCode code, Severity severity, String detail, String agency,
        Quarter firstSeen, FlagStatus status) {

    public StoredFlag {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(status, "status");
    }

    Flag flag() {
        return new Flag(childId, code, severity == null ? Severity.NORMAL : severity, detail, agency);
    }
}
