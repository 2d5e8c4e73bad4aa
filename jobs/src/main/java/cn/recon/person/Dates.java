package cn.recon.person;

import java.time.LocalDate;

/**
 * Dates as the extracts write them: {@code yyyy-MM-dd}, {@code yyyy/M/d}, {@code yyyyMMdd}, {@code yyyy.M.d},
 * {@code yyyy年M月d日}, each optionally followed by a time part ({@code 2015-03-04 00:00:00},
 * {@code 2015-03-04T08:30}), which is ignored; full-width digits and separators are accepted. The ISO text the XLSX
 * reader produces for real Excel date cells is the first form. A layout that writes the year last declares it
 * ({@link Order#DMY}, {@link Order#MDY}); year-first forms are always accepted, being unambiguous.
 *
 * <p>Parsing never throws and allocates nothing but the result: a text that is not a real date in 1900–2100 gives
 * null, and the caller decides what that means (blank: nothing; otherwise a BAD_DATE issue).
 */
public final class Dates {

    /** Which year-last forms a layout uses, besides the year-first ones. */
    public enum Order {
        /** Year first only. */
        YMD,
        /** Also {@code d/M/yyyy}, {@code d.M.yyyy}, {@code d-M-yyyy}. */
        DMY,
        /** Also {@code M/d/yyyy}, {@code M.d.yyyy}, {@code M-d-yyyy}. */
        MDY
    }

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    /** Day 0 of the Excel 1900 date system as it counts after 1 March 1900. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Dates() {
    }

    /** Year-first forms; null when blank or not a date. */
    public static LocalDate parse(String s) {
        return parse(s, Order.YMD);
    }

    /** Year-first forms, and year-last ones in the given order; null when blank or not a date. */
    public static LocalDate parse(String s, Order order) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int i = skipSpace(s, 0, n);
        int start = i;
        // first group of digits
        int g1 = 0;
        while (i < n && digit(s.charAt(i)) >= 0) {
            g1 = g1 * 10 + digit(s.charAt(i));
            if (i - start > 8) {
                return null;
            }
            i++;
        }
        int k1 = i - start;
        if (k1 == 8 && endOrTime(s, i, n)) {
            return date(g1 / 10000, g1 / 100 % 100, g1 % 100);
        }
        if (k1 == 0 || i >= n) {
            return null;
        }
        char sep1 = separator(s.charAt(i++));
        if (sep1 == 0) {
            return null;
        }
        int j = i;
        int g2 = 0;
        while (i < n && i - j < 2 && digit(s.charAt(i)) >= 0) {
            g2 = g2 * 10 + digit(s.charAt(i++));
        }
        if (i == j || i >= n) {
            return null;
        }
        char sep2 = separator(s.charAt(i++));
        boolean chinese = sep1 == '年';
        if (chinese ? sep2 != '月' : sep2 != sep1) {
            return null;
        }
        j = i;
        int g3 = 0;
        int max3 = k1 == 4 ? 2 : 4;
        while (i < n && i - j < max3 && digit(s.charAt(i)) >= 0) {
            g3 = g3 * 10 + digit(s.charAt(i++));
        }
        int k3 = i - j;
        if (chinese && i < n && (s.charAt(i) == '日' || s.charAt(i) == '号')) {
            i++;
        }
        if (k3 == 0 || !endOrTime(s, i, n)) {
            return null;
        }
        if (k1 == 4) {
            return date(g1, g2, g3);
        }
        if (k1 <= 2 && k3 == 4 && !chinese) {
            return switch (order) {
                case DMY -> date(g3, g2, g1);
                case MDY -> date(g3, g1, g2);
                case YMD -> null;
            };
        }
        return null;
    }

    /** The date of an Excel serial day number (1900 date system), or null outside 1900–2100. */
    public static LocalDate fromExcelSerial(long serial) {
        if (serial < 61 || serial > 73415) {
            return null;
        }
        return EXCEL_EPOCH.plusDays(serial);
    }

    /** True for a real date; the year must lie in 1900–2100. */
    public static boolean isDate(int y, int m, int d) {
        if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) {
            return false;
        }
        int len = switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return d <= len;
    }

    private static LocalDate date(int y, int m, int d) {
        return isDate(y, m, d) ? LocalDate.of(y, m, d) : null;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    /** The canonical separator, or 0 when the character is none. */
    private static char separator(char c) {
        return switch (c) {
            case '-', '\uFF0D', '\u2010', '\u2013', '\u2014' -> '-';
            case '/', '\uFF0F', '\\' -> '/';
            case '.', '\uFF0E', '\u3002' -> '.';
            case '年', '月' -> c;
            default -> 0;
        };
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\r' || c == '\n';
    }

    private static int skipSpace(String s, int i, int n) {
        while (i < n && space(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End of text, trailing spaces, or a time part: a space or 'T' followed by anything. */
    private static boolean endOrTime(String s, int i, int n) {
        if (i >= n) {
            return true;
        }
        char c = s.charAt(i);
        if (c == 'T') {
            return i + 1 < n && digit(s.charAt(i + 1)) >= 0;
        }
        return space(c);
    }
}
