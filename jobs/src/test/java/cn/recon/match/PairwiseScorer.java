package cn.recon.match;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Pairwise precision and recall of a clustering against the truth, from cluster contingency counts (never by listing
 * pairs): true positive pairs = Σ over (predicted, true) cells of C(n,2); predicted pairs = Σ over predicted clusters
 * of C(n,2); true pairs likewise. Records are identified by any key (e.g. {@code roster:R1}); only records present in
 * both maps count.
 */
public final class PairwiseScorer {

    /** The result, with the raw pair counts. */
    public record Score(long records, long truePositivePairs, long predictedPairs, long truePairs) {

        public double precision() {
            return predictedPairs == 0 ? 1.0 : truePositivePairs / (double) predictedPairs;
        }

        public double recall() {
            return truePairs == 0 ? 1.0 : truePositivePairs / (double) truePairs;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "records=%d precision=%.5f recall=%.5f (tp=%d predicted=%d "
                    + "true=%d)", records, precision(), recall(), truePositivePairs, predictedPairs, truePairs);
        }
    }

    private PairwiseScorer() {
    }

    /** Predicted and true cluster label of each record, by position. */
    public static Score score(int[] predicted, int[] truth) {
        if (predicted.length != truth.length) {
            throw new IllegalArgumentException("label arrays differ in length");
        }
        Map<Integer, Long> pred = new HashMap<>();
        Map<Integer, Long> tru = new HashMap<>();
        Map<Long, Long> cells = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            pred.merge(predicted[i], 1L, Long::sum);
            tru.merge(truth[i], 1L, Long::sum);
            cells.merge(((long) predicted[i] << 32) | (truth[i] & 0xFFFFFFFFL), 1L, Long::sum);
        }
        return new Score(predicted.length, pairs(cells), pairs(pred), pairs(tru));
    }

    /** Predicted and true child of each record key; records missing from either side are left out. */
    public static <K> Score score(Map<K, String> predicted, Map<K, String> truth) {
        Map<String, Integer> labels = new HashMap<>();
        int[] p = new int[predicted.size()];
        int[] t = new int[predicted.size()];
        int n = 0;
        for (Map.Entry<K, String> e : predicted.entrySet()) {
            String trueChild = truth.get(e.getKey());
            if (trueChild == null) {
                continue;
            }
            p[n] = labels.computeIfAbsent("p" + e.getValue(), k -> labels.size());
            t[n] = labels.computeIfAbsent("t" + trueChild, k -> labels.size());
            n++;
        }
        return score(java.util.Arrays.copyOf(p, n), java.util.Arrays.copyOf(t, n));
    }

    /**
     * Reads the generator's truth file ({@code source,file,line,source_key,true_child}) into record key
     * ({@code source:source_key}) → true child.
     */
    public static Map<String, String> readTruth(Path linksCsv) throws IOException {
        Map<String, String> truth = new HashMap<>();
        try (Reader in = Files.newBufferedReader(linksCsv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                truth.put(r.get("source") + ":" + r.get("source_key"), r.get("true_child"));
            }
        }
        return truth;
    }

    private static <K> long pairs(Map<K, Long> counts) {
        long s = 0;
        for (long c : counts.values()) {
            s += c * (c - 1) / 2;
        }
        return s;
    }
}
