package cn.recon.source;

/**
 * Text cut to fit its column (a rejected row's reason, a link's evidence, a flag's detail, a review item's
 * description): at most the column's length in UTF-16 units, which is never more characters than that, and never
 * between the two halves of a character outside the BMP (a rare 𠀀 in a name would otherwise become a broken one).
 */
public final class ColumnText {

    private ColumnText() {
    }

    /** {@code s} cut to at most {@code max} units; null stays null. */
    public static String fit(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /** {@code s} cut to at most {@code max} units with … as its last when cut, so that a reader sees it was. */
    public static String fitMarked(String s, int max) {
        return s == null || s.length() <= max ? s : fit(s, max - 1) + "…";
    }
}
