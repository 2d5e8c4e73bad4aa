package cn.recon.match;

/**
 * Counts for the data-quality section of the report and for operations.
 *
 * @param records             input records
 * @param children            children (clusters)
 * @param linkedById          records linked by a shared valid citizen ID
 * @param linkedByProbability records linked by the model
 * @param linkedByReview      records linked by an accepted review decision
 * @param linkedByPrevious    records kept with the child they belonged to last quarter ({@link PreviousChildren})
 * @param single              records alone in their child
 * @param reviewItemsOpen     pairs waiting for a decision
 * @param candidatePairs      pairs compared after blocking
 * @param blocksSkipped       blocks too large to compare (their records were compared through the other rules)
 * @param decisionsApplied    review decisions found in this run's records and applied
 * @param decisionsIgnored    accepted decisions that would have put two valid IDs into one child
 * @param idsIgnored          valid IDs not used as a key because their birth date contradicts the record's
 *                            (see {@link RecordLink#idIgnored()})
 */
public record MatchStats(int records, int children, int linkedById, int linkedByProbability, int linkedByReview,
        int linkedByPrevious, int single, int reviewItemsOpen, long candidatePairs, int blocksSkipped,
        int decisionsApplied, int decisionsIgnored, int idsIgnored) {
}
