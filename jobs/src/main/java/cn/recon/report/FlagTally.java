package cn.recon.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts of flags by township and code, and of changes, gathered while the flags stream past. */
final class FlagTally {

    static final String UNKNOWN_TOWNSHIP = "（乡镇不详）";

    /** Counts of one township. */
    static final class Counts {
        final Map<String, Long> current = new HashMap<>();
        long fresh;
        long resolved;

        long current(String code) {
            return current.getOrDefault(code, 0L);
        }

        long total() {
            long t = 0;
            for (long v : current.values()) {
                t += v;
            }
            return t;
        }
    }

    private final Map<String, Counts> byTownship = new LinkedHashMap<>();
    private final List<String> codes = new ArrayList<>(Labels.FLAG_NAMES.keySet());

    void add(FlagLine f) {
        Counts c = byTownship.computeIfAbsent(township(f.township()), t -> new Counts());
        if (f.isCurrent()) {
            c.current.merge(f.flag(), 1L, Long::sum);
            if (!codes.contains(f.flag())) {
                codes.add(f.flag());
            }
        }
        if (FlagLine.NEW.equals(f.status())) {
            c.fresh++;
        } else if (FlagLine.RESOLVED.equals(f.status())) {
            c.resolved++;
        }
    }

    static String township(String t) {
        return t == null || t.isBlank() ? UNKNOWN_TOWNSHIP : t;
    }

    /** Known codes in DOMAIN.md order, then unknown codes in the order seen. */
    List<String> codes() {
        return codes;
    }

    /** Townships in the order first seen. */
    Map<String, Counts> byTownship() {
        return byTownship;
    }

    Counts of(String township) {
        return byTownship.getOrDefault(township, new Counts());
    }
}
