package cn.recon.match;

import cn.recon.person.PersonName;

/**
 * Toneless pinyin of normalised names, as {@link PersonName#pinyin} gives it, computed one character at a time from a
 * per-character cache: transliterating whole names costs tens of microseconds each, and a province has hundreds of
 * thousands of distinct names. The first character takes its surname reading (as PersonName does), the others their
 * reading after a first character. Thread-safe: the caches only ever hold immutable strings (benign races).
 */
final class Pinyin {

    private static final String[] FIRST = new String[65536];
    private static final String[] REST = new String[65536];

    private Pinyin() {
    }

    /** Pinyin syllables separated by single spaces; null for null. */
    static String of(String name) {
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
            if (first) {
                s = PersonName.pinyin(String.valueOf(c));
            } else {
                String p = PersonName.pinyin("\u4e00" + c);
                int sp = p.indexOf(' ');
                s = sp < 0 ? "" : p.substring(sp + 1);
            }
            cache[c] = s;
        }
        return s;
    }
}
