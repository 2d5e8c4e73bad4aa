package cn.recon.match;

import java.util.Map;

/**
 * The decisions data officers have taken on review items, by pair. They override the model in every later run: an
 * accepted pair is linked (unless that would put two different valid citizen IDs into one child), a rejected pair is
 * never put into the same child.
 */
public record ReviewDecisions(Map<PairKey, Decision> decisions) {

    /** What the data officer decided. */
    public enum Decision { ACCEPT, REJECT }

    public ReviewDecisions {
        decisions = Map.copyOf(decisions);
    }

    public static ReviewDecisions none() {
        return new ReviewDecisions(Map.of());
    }

    public Decision get(PairKey pair) {
        return decisions.get(pair);
    }
}
