package cn.recon.ingest.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The value map of one field: raw value → canonical value. Canonical values map to themselves. Lookup first tries the
 * value as it is, then a folded form (spaces removed, full-width forms such as （） folded, Latin letters lower-cased),
 * so 出国（境）注销 and " 正常 " are found without being listed.
 */
public final class Vocabulary {

    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();
    private final boolean closed;

    Vocabulary(List<String> canonical, Map<String, String> values, boolean closed) {
        this.closed = closed;
        for (String c : canonical) {
            put(c, c);
        }
        values.forEach(this::put);
    }

    private void put(String raw, String canonical) {
        exact.putIfAbsent(raw, canonical);
        folded.putIfAbsent(fold(raw), canonical);
    }

    /** True when only the canonical values are acceptable (an unknown value is an issue). */
    public boolean closed() {
        return closed;
    }

    /** The canonical value of a non-blank raw value, or null when the map does not know it. */
    public String lookup(String value) {
        String c = exact.get(value);
        return c != null ? c : folded.get(fold(value));
    }

    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
