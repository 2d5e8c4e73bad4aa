package cn.recon.match;

import java.util.List;

/**
 * A pair the model is unsure about, waiting for a data officer: both records, the probability, and the evidence.
 *
 * @param positionA   position of the first record in the input list
 * @param positionB   position of the second record
 * @param probability posterior match probability
 * @param bits        log2 odds (prior included)
 * @param reason      why it is not linked automatically: {@code BAND} (between the thresholds), {@code AMBIGUOUS}
 *                    (another child fits about as well), {@code NAME_RULE} (names differ, or differ by one character
 *                    with the same birth date: the pattern of twins and siblings), {@code COHESION} (the rest of
 *                    the two children disagree)
 */
public record ReviewItem(PairKey pair, int positionA, int positionB, double probability, double bits, String reason,
        List<FieldEvidence> evidence) {

    public ReviewItem {
        evidence = List.copyOf(evidence);
    }
}
