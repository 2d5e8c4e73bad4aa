package cn.recon.ingest.read;

/**
 * One data row as read, before any interpretation: its line, its cells by column (aligned to the header row: cell i
 * lies under header column i), which cells were numbers in XLSX, and whether it is a totals row.
 */
public final class RawRow {

    private final int line;
    private final String[] cells;
    private final boolean[] numeric;
    private final boolean totals;
    private final char delimiter;

    RawRow(int line, String[] cells, boolean[] numeric, boolean totals, char delimiter) {
        this.line = line;
        this.cells = cells;
        this.numeric = numeric;
        this.totals = totals;
        this.delimiter = delimiter;
    }

    /** CSV: the physical line where the row starts; XLSX: the row number shown by Excel. */
    public int line() {
        return line;
    }

    public int width() {
        return cells.length;
    }

    /** The cell as read (not trimmed), or null when absent or empty. */
    public String cell(int column) {
        if (column < 0 || column >= cells.length) {
            return null;
        }
        String s = cells[column];
        return s == null || s.isEmpty() ? null : s;
    }

    /** True when the XLSX cell held a number (its text is then the number written without exponent or ".0"). */
    public boolean numeric(int column) {
        return numeric != null && column >= 0 && column < numeric.length && numeric[column];
    }

    /** A totals row (合计, 总计, 小计 …) rather than a person. */
    public boolean isTotals() {
        return totals;
    }

    /** The row as one line of text, cells joined by the file's delimiter (quoted where needed), for reject lists. */
    public String raw() {
        int last = cells.length - 1;
        while (last >= 0 && (cells[last] == null || cells[last].isEmpty())) {
            last--;
        }
        StringBuilder sb = new StringBuilder(16 * (last + 1));
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            String s = cells[i] == null ? "" : cells[i];
            if (s.indexOf(delimiter) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        return sb.toString();
    }

    static boolean isBlank(String[] cells) {
        for (String s : cells) {
            if (s != null && !s.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** True when the first non-blank cell starts with 合计, 总计, 小计, 共计 or 总数 (spaces inside ignored). */
    static boolean isTotals(String[] cells) {
        for (String s : cells) {
            if (s == null || s.isBlank()) {
                continue;
            }
            char a = 0;
            char b = 0;
            for (int i = 0; i < s.length() && b == 0; i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    continue;
                }
                if (a == 0) {
                    a = c;
                } else {
                    b = c;
                }
            }
            return b == '计' && (a == '合' || a == '总' || a == '小' || a == '共') || a == '总' && b == '数';
        }
        return false;
    }
}
