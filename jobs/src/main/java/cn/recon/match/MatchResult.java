package cn.recon.match;

import java.util.List;
import java.util.Map;

/**
 * Everything one match run produces.
 *
 * @param links           one per input record, in input order
 * @param reviewItems     open review items, best first
 * @param identityChanges merges and splits of previous children
 * @param priors          prior match probability of a random pair, by source pair (e.g. {@code hukou-roster})
 * @param parameters      the estimated m/u of every field level
 */
public record MatchResult(List<RecordLink> links, List<ReviewItem> reviewItems, List<IdentityChange> identityChanges,
        MatchStats stats, Map<String, Double> priors, List<FieldParameter> parameters) {

    public MatchResult {
        links = List.copyOf(links);
        reviewItems = List.copyOf(reviewItems);
        identityChanges = List.copyOf(identityChanges);
        priors = Map.copyOf(priors);
        parameters = List.copyOf(parameters);
    }
}
