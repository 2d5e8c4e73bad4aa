package cn.recon.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;

/**
 * Compares a run's machine-readable outputs (links.csv, flags.csv) with the generator's truth (truth/links.csv,
 * truth/flags.csv), record by record: each input row is identified by (source, file, line) on both sides.
 */
final class Truth {

    /** Precision and recall of one comparison. */
    record Score(long truePositives, long predicted, long actual) {
        double precision() {
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            return actual == 0 ? 1.0 : (double) truePositives / actual;
        }

        @Override
        public String toString() {
            return String.format("precision %.4f recall %.4f (tp %d, predicted %d, actual %d)", precision(), recall(),
                    truePositives, predicted, actual);
        }
    }

    /** The four core flags of issue 4's targets. */
    static final List<String> CORE = List.of("OUT_OF_SCHOOL", "DROPOUT", "UNREGISTERED", "VISIT_OVERDUE");

    /** The head of the README's accuracy table, as {@link #scoreRow} prints its rows. */
    static final String TABLE_HEADER = "| county | links P / R | " + String.join(" | ", CORE) + " (P / R) |";

    private Truth() {
    }

    /**
     * Scores one quarter's links.csv and flags.csv (in {@code runDir}) against the truth folder, holds the issues'
     * targets in {@code soft} (links pairwise precision and recall ≥ 0.999, each core flag ≥ 0.99), and returns
     * the README table row.
     */
    static String scoreRow(String name, Path runDir, Path truth, SoftAssertions soft) throws IOException {
        Map<String, String> predicted = links(runDir.resolve("links.csv"), "child_id");
        Map<String, String> actual = links(truth.resolve("links.csv"), "true_child");
        Score pairs = pairwise(predicted, actual);
        soft.assertThat(pairs.predicted()).as(name + ": pairs scored").isPositive();
        StringBuilder line = new StringBuilder(String.format("| %s | %.5f / %.5f |", name, pairs.precision(),
                pairs.recall()));
        soft.assertThat(pairs.precision()).as(name + " links precision").isGreaterThanOrEqualTo(0.999);
        soft.assertThat(pairs.recall()).as(name + " links recall").isGreaterThanOrEqualTo(0.999);
        Map<String, String> childMap = childMap(predicted, actual);
        for (String code : CORE) {
            Score s = flags(runDir.resolve("flags.csv"), truth.resolve("flags.csv"), code, childMap);
            line.append(String.format(" %.4f / %.4f |", s.precision(), s.recall()));
            soft.assertThat(s.precision()).as(name + " " + code + " precision").isGreaterThanOrEqualTo(0.99);
            soft.assertThat(s.recall()).as(name + " " + code + " recall").isGreaterThanOrEqualTo(0.99);
        }
        return line.toString();
    }

    static void read(Path csv, Consumer<CSVRecord> sink) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                sink.accept(r);
            }
        }
    }

    static String row(CSVRecord r) {
        return r.get("source") + "|" + r.get("file") + "|" + r.get("line");
    }

    /** (source|file|line) → child, for rows that have one. */
    static Map<String, String> links(Path csv, String childColumn) throws IOException {
        Map<String, String> m = new HashMap<>();
        read(csv, r -> {
            String c = r.get(childColumn).replace("\uFEFF", "");
            if (!c.isBlank()) {
                m.put(row(r), c);
            }
        });
        return m;
    }

    /** Pairwise precision and recall of the clustering of non-visit records. */
    static Score pairwise(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Long> joint = new HashMap<>();
        Map<String, Long> pred = new HashMap<>();
        Map<String, Long> act = new HashMap<>();
        predicted.forEach((row, child) -> {
            String t = truth.get(row);
            if (t == null || row.startsWith("visits|") || t.startsWith("A")) {
                return;
            }
            joint.merge(child + "\u0000" + t, 1L, Long::sum);
            pred.merge(child, 1L, Long::sum);
            act.merge(t, 1L, Long::sum);
        });
        return new Score(pairs(joint), pairs(pred), pairs(act));
    }

    /** The true child of each predicted child (the true child of most of its records). */
    static Map<String, String> childMap(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        predicted.forEach((row, child) -> {
            String t = truth.get(row);
            if (t != null && !row.startsWith("visits|")) {
                votes.computeIfAbsent(child, k -> new HashMap<>()).merge(t, 1, Integer::sum);
            }
        });
        Map<String, String> out = new HashMap<>();
        votes.forEach((c, v) -> out.put(c, v.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
        return out;
    }

    /** Flag precision and recall for one code: predicted open flags (mapped to true children) against truth. */
    static Score flags(Path flagsCsv, Path truthFlags, String code, Map<String, String> childMap) throws IOException {
        Set<String> predicted = new HashSet<>();
        read(flagsCsv, r -> {
            if (r.get("flag").equals(code) && !r.get("status").equals("RESOLVED")) {
                predicted.add(childMap.getOrDefault(r.get("child_id"), "?" + r.get("child_id")));
            }
        });
        Set<String> actual = new HashSet<>();
        read(truthFlags, r -> {
            if (r.get("flag").equals(code)) {
                actual.add(r.get(0).replace("\uFEFF", ""));
            }
        });
        Set<String> tp = new HashSet<>(predicted);
        tp.retainAll(actual);
        return new Score(tp.size(), predicted.size(), actual.size());
    }

    static List<String> column(Path csv, String column) throws IOException {
        List<String> out = new ArrayList<>();
        read(csv, r -> out.add(r.get(column)));
        return out;
    }

    private static long pairs(Map<String, Long> counts) {
        long s = 0;
        for (long c : counts.values()) {
            s += c * (c - 1) / 2;
        }
        return s;
    }
}
