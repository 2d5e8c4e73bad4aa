package cn.recon.match;

import java.util.List;

/**
 * The outcome for one input record: the child it belongs to and how it got there.
 *
 * @param position the record's position in the input list
 * @param index    the caller's {@link MatchRecord#index()}
 * @param key      the record's key
 * @param childId  the child (stable across quarters through {@link PreviousLinks})
 * @param method   how the record joined its child
 * @param score    the match probability of the link that joined it (probabilistic and review links), else null
 * @param linkedTo the position of the record it was linked to by that link, or -1
 * @param evidence per-field evidence of that link (empty for id and new)
 * @param idIgnored the record carries a valid citizen ID that was not used as a key because its birth date part
 *                  contradicts the record's birth date (typically a guardian's number in the child's field); so a
 *                  child may hold such an ID besides its own
 */
public record RecordLink(int position, int index, RecordKey key, String childId, LinkMethod method, Double score,
        int linkedTo, List<FieldEvidence> evidence, boolean idIgnored) {

    public RecordLink {
        evidence = List.copyOf(evidence);
    }
}
