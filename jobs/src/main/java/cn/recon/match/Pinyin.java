package cn.recon.match;

import cn.recon.person.PersonName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Toneless pinyin of normalised names, as {@link PersonName#pinyin} gives it, computed one character at a time from a
 * per-character cache: transliterating whole names costs tens of microseconds each, and a province has hundreds of
 * thousands of distinct names. The first character takes its surname reading (as PersonName does), the others their
 * reading after a first character. Thread-safe: the caches only ever hold immutable strings (benign races).
 *
 * <p>The readings of the CJK ideographs (U+3400–U+4DBF, U+4E00–U+9FFF) come precomputed from {@link #TABLE}, written
 * by {@link #write} from the same ICU transliteration: building ICU's Han-Latin transliterator takes about a second
 * (measured 1.1–1.3 s in a fresh JVM), which every run paid in its match step and again on each thread of the flag
 * step that asked for a sound. Other characters are still transliterated when first seen. {@code PinyinTest} checks
 * the table against ICU character by character.
 */
public final class Pinyin {

    /** The precomputed readings: a line per ideograph, "character TAB first reading TAB reading after a first". */
    static final String TABLE = "pinyin-readings.tsv";
    /** The ideographs the table holds: CJK Extension A, then the Unified Ideographs. */
    static final char[][] RANGES = {{'\u3400', '\u4dbf'}, {'\u4e00', '\u9fff'}};

    private static final String[] FIRST = new String[65536];
    private static final String[] REST = new String[65536];

    static {
        load();
    }

    private Pinyin() {
    }

    /** Pinyin syllables separated by single spaces; null for null. */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(name.length() * 5);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isSurrogate(c)) {
                return PersonName.pinyin(name);
            }
            if (c == PersonName.DOT) {
                continue;
            }
            String s = syllable(c, sb.length() == 0);
            if (s.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s);
        }
        return sb.toString();
    }

    /** The first syllable of a pinyin string (the surname of most Han names). */
    static String firstSyllable(String pinyin) {
        if (pinyin == null) {
            return null;
        }
        int sp = pinyin.indexOf(' ');
        return sp < 0 ? pinyin : pinyin.substring(0, sp);
    }

    private static String syllable(char c, boolean first) {
        String[] cache = first ? FIRST : REST;
        String s = cache[c];
        if (s == null) {
            s = transliterate(c, first);
            cache[c] = s;
        }
        return s;
    }

    /** A character's reading by ICU ({@link PersonName#pinyin}): as the first character of a name, or after one. */
    static String transliterate(char c, boolean first) {
        if (first) {
            return PersonName.pinyin(String.valueOf(c));
        }
        String p = PersonName.pinyin("\u4e00" + c);
        int sp = p.indexOf(' ');
        return sp < 0 ? "" : p.substring(sp + 1);
    }

    private static void load() {
        InputStream in = Pinyin.class.getResourceAsStream(TABLE);
        if (in == null) {
            return; // every character is then transliterated when first seen
        }
        Map<String, String> shared = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int a = line.indexOf('\t'), b = line.indexOf('\t', a + 1);
                if (a != 1 || b < 0) {
                    throw new IllegalStateException(TABLE + ": not \"character TAB reading TAB reading\": " + line);
                }
                char c = line.charAt(0);
                FIRST[c] = shared.computeIfAbsent(line.substring(a + 1, b), k -> k);
                REST[c] = shared.computeIfAbsent(line.substring(b + 1), k -> k);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(TABLE, e);
        }
    }

    /** Writes the table of {@link #RANGES} as ICU reads them (how {@code PinyinTest} makes the expected table). */
    static void write(Writer out) throws IOException {
        for (char[] range : RANGES) {
            for (char c = range[0]; c <= range[1]; c++) {
                out.write(c + "\t" + transliterate(c, true) + '\t' + transliterate(c, false) + '\n');
            }
        }
    }
}
