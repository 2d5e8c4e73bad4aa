package cn.recon.person;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Name normalisation and toneless pinyin, as DOMAIN.md asks: NFKC, spaces stripped, traditional to simplified, the
 * look-alike dots of minority names folded to U+00B7. Names repeat heavily (岩温, 玉罕), so results are cached; ICU
 * transliterators are not thread-safe, so each thread has its own.
 */
public final class PersonName {

    public static final char DOT = '\u00B7';
    private static final String DOTS = "\u00B7\u2022\u30FB\uFF0E\u2027.\u0387\u2219\u22C5\u30FB\uFF65";
    private static final int CACHE_LIMIT = 500_000;

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ThreadLocal<Transliterator> T2S =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final ThreadLocal<Transliterator> PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin/Names; Latin-ASCII; Lower"));
    private static final ConcurrentHashMap<String, String> NORMALIZED = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, String> PINYINS = new ConcurrentHashMap<>();

    private PersonName() {
    }

    /** The normalised name, or null when blank. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String cached = NORMALIZED.get(raw);
        if (cached != null) {
            return cached;
        }
        String s = NFKC.normalize(raw);
        StringBuilder sb = new StringBuilder(s.length());
        boolean han = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u3000' || c == '\uFEFF') {
                continue;
            }
            if (DOTS.indexOf(c) >= 0) {
                c = DOT;
            }
            han |= Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            sb.append(c);
        }
        String out = sb.isEmpty() ? null : (han ? T2S.get().transliterate(sb.toString()) : sb.toString());
        if (out != null && NORMALIZED.size() < CACHE_LIMIT) {
            NORMALIZED.put(raw, out);
        }
        return out;
    }

    /**
     * Toneless lower-case pinyin of a normalised name, one syllable per character separated by single spaces
     * (张伟 → "zhang wei"); the surname read with its name reading (单 → shan). Null for null.
     */
    public static String pinyin(String normalized) {
        if (normalized == null) {
            return null;
        }
        String cached = PINYINS.get(normalized);
        if (cached != null) {
            return cached;
        }
        String p = PINYIN.get().transliterate(normalized).replace(String.valueOf(DOT), " ").strip()
                .replaceAll("\\s+", " ");
        if (PINYINS.size() < CACHE_LIMIT) {
            PINYINS.put(normalized, p);
        }
        return p;
    }
}
