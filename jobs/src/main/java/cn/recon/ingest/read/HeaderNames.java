package cn.recon.ingest.read;

import java.util.Locale;

/** How header names are compared: spaces removed, full-width forms folded, a leading or trailing * dropped. */
public final class HeaderNames {

    private HeaderNames() {
    }

    /**
     * The comparable form of a header cell: all white space removed (also ideographic and no-break spaces and line
     * breaks inside a cell), full-width ASCII such as （）＊ folded to ASCII, asterisks marking required columns
     * removed at either end, Latin letters lower-cased. Null for null.
     */
    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                continue;
            }
            sb.append(c);
        }
        int start = 0;
        int end = sb.length();
        while (start < end && sb.charAt(start) == '*') {
            start++;
        }
        while (end > start && sb.charAt(end - 1) == '*') {
            end--;
        }
        return sb.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
