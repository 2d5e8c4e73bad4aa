package cn.recon.rules;

import cn.recon.person.Quarter;

/**
 * One flag of this quarter's run with its status against the previous run. For {@link FlagStatus#RESOLVED} the flag
 * is last quarter's (its detail and severity as they were then).
 */
public record FlagChange(Flag flag, FlagStatus status, Quarter firstSeen) {

    /** The stored form of this change, to be read back by next quarter's comparison. */
    public StoredFlag toStored() {
        return new StoredFlag(flag.childId(), flag.code(), flag.severity(), flag.detail(), flag.agency(), firstSeen,
                status);
    }
}
