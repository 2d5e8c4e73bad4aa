package cn.recon.source;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The four extracts the product ingests. The lower-case name is used in files, tables and outputs. */
public enum Source {
    HUKOU("户籍"), SCHOOL("学籍"), ROSTER("民政名册"), VISITS("走访记录");

    private final String chinese;
    /** Computed once: the match step asks it for each of a province's 2.4 M links (92 MB of lower-casing in JFR). */
    private final String key;

    Source(String chinese) {
        this.chinese = chinese;
        this.key = name().toLowerCase(Locale.ROOT);
    }

    public String chinese() {
        return chinese;
    }

    /** hukou, school, roster, visits */
    public String key() {
        return key;
    }

    private static final List<Source> IN_KEY_ORDER = Arrays.stream(values())
            .sorted(Comparator.comparing(Source::key)).toList();

    /** The sources in the order of their keys (hukou, roster, school, visits): how {@code ORDER BY source} sorts. */
    public static List<Source> inKeyOrder() {
        return IN_KEY_ORDER;
    }

    /** This source's place in {@link #inKeyOrder()}, from 0. */
    public int keyRank() {
        return KEY_RANK[ordinal()];
    }

    private static final int[] KEY_RANK = new int[values().length];

    static {
        for (int i = 0; i < IN_KEY_ORDER.size(); i++) {
            KEY_RANK[IN_KEY_ORDER.get(i).ordinal()] = i;
        }
    }

    public static Source of(String key) {
        for (Source s : values()) {
            if (s.key().equalsIgnoreCase(key.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown source '" + key + "' (expected hukou, school, roster or visits)");
    }
}
