package cn.recon.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Short forms of job parameters, times and durations for the {@code jobs} commands. */
final class JobTables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private JobTables() {
    }

    /**
     * Parameters in a few words: the quarter first (value only), file paths as file names, digests left out; cut to
     * {@code max} characters. E.g. {@code 2026Q1 hukou=hukou-2026-01.csv}.
     */
    static String shortParameters(Map<String, String> params, int max) {
        StringBuilder b = new StringBuilder();
        String q = params.get("quarter");
        if (q != null) {
            b.append(q);
        }
        for (Map.Entry<String, String> e : params.entrySet()) {
            String k = e.getKey();
            if (k.equals("quarter") || k.endsWith(".sha256") || k.equals("outDir")) {
                continue;
            }
            b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(fileName(e.getValue()));
        }
        return cut(b.toString(), max);
    }

    static String fileName(String v) {
        if (v == null) {
            return "";
        }
        int slash = Math.max(v.lastIndexOf('/'), v.lastIndexOf('\\'));
        return slash >= 0 && slash < v.length() - 1 ? v.substring(slash + 1) : v;
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String time(LocalDateTime t) {
        return t == null ? "-" : TIME.format(t);
    }

    /** "42 s", "3 min 5 s", "2 h 10 min"; "-" when not started. */
    static String took(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "-";
        }
        Duration d = Duration.between(start, end == null ? LocalDateTime.now() : end);
        long s = Math.max(d.toSeconds(), 0);
        String t = s < 60 ? s + " s" : s < 3600 ? s / 60 + " min " + s % 60 + " s" : s / 3600 + " h " + s % 3600 / 60
                + " min";
        return end == null ? t + " so far" : t;
    }
}
