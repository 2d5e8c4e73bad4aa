package cn.recon.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A list sheet written row by row (works on a streaming SXSSF sheet): a title row, a subtitle row, a frozen header
 * row with {@code 序号} first, then data rows and optional group-heading rows; autofilter over the table, set widths
 * (never autosize, which a streaming sheet cannot do well), landscape print fitted to the page width with the
 * header repeated on every page and page numbers in the footer.
 */
final class TableSheet<T> {

    static final int HEADER_ROW = 2;

    private final Sheet sheet;
    private final Styles st;
    private final List<Column<T>> cols;
    private int next = HEADER_ROW + 1;
    private long dataRows;

    TableSheet(Sheet sheet, Styles st, String title, String subtitle, List<Column<T>> cols) {
        this.sheet = sheet;
        this.st = st;
        this.cols = cols;
        Row t = sheet.createRow(0);
        t.setHeightInPoints(24);
        cell(t, 0, title, st.title);
        cell(sheet.createRow(1), 0, subtitle, st.subtitle);
        Row h = sheet.createRow(HEADER_ROW);
        h.setHeightInPoints(30);
        cell(h, 0, "序号", st.header);
        sheet.setColumnWidth(0, 7 * 256);
        for (int i = 0; i < cols.size(); i++) {
            cell(h, i + 1, cols.get(i).header(), st.header);
            sheet.setColumnWidth(i + 1, cols.get(i).width() * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        printSetup(sheet);
    }

    /** A4 landscape, fitted to the page width, narrow margins, page numbers in the footer. */
    static void printSetup(Sheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /** A data row; its 序号 counts data rows only. */
    void add(T item) {
        Row r = sheet.createRow(next++);
        dataRows++;
        Cell seq = r.createCell(0);
        seq.setCellValue(dataRows);
        seq.setCellStyle(st.center);
        int lines = 1;
        for (int i = 0; i < cols.size(); i++) {
            Column<T> c = cols.get(i);
            Object v = c.value().apply(item);
            Cell cell = r.createCell(i + 1);
            switch (c.kind()) {
                case DATE -> cell.setCellStyle(st.date);
                case CENTER -> cell.setCellStyle(st.center);
                case WRAP -> cell.setCellStyle(st.wrapText);
                case INTEGER -> cell.setCellStyle(st.integer);
                case KEY_CHILD -> cell.setCellStyle(Boolean.TRUE.equals(v) ? st.keyChild : st.center);
                default -> cell.setCellStyle(st.text);
            }
            if (v instanceof String s) {
                cell.setCellValue(s);
                if (c.kind() == Column.Kind.WRAP) {
                    lines = Math.max(lines, lines(s, c.width()));
                }
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (Boolean.TRUE.equals(v)) {
                cell.setCellValue("重点儿童");
            }
        }
        if (lines > 1) {
            r.setHeightInPoints(Math.min(lines, 6) * 14.5f);
        }
    }

    /**
     * Lines a wrapped text needs in a column of {@code width} characters (a CJK character counts two): row
     * heights are not recomputed by every spreadsheet program on opening, so a wrapped cell sets its own.
     */
    static int lines(String s, int width) {
        int lines = 1;
        int used = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\n') {
                lines++;
                used = 0;
                continue;
            }
            int w = ch < 0x1100 ? 1 : 2;
            if (used + w > width - 1) {
                lines++;
                used = 0;
            }
            used += w;
        }
        return lines;
    }

    /** A heading row across the table (a township, a school, a village…). */
    void heading(String text, boolean top) {
        Row r = sheet.createRow(next);
        r.setHeightInPoints(top ? 20 : 17);
        CellStyle style = top ? st.group : st.subgroup;
        for (int i = 0; i <= cols.size(); i++) {
            cell(r, i, i == 0 ? text : null, style);
        }
        sheet.addMergedRegionUnsafe(new CellRangeAddress(next, next, 0, cols.size()));
        next++;
    }

    /** A plain line below the table (e.g. a total, or that there is nothing to list). */
    void note(String text) {
        Row r = sheet.createRow(next++);
        cell(r, 0, text, st.subtitle);
    }

    /** Starts a new printed page before the next row. */
    void pageBreak() {
        if (next > HEADER_ROW + 1) {
            sheet.setRowBreak(next - 1);
        }
    }

    /** Sets the autofilter over the header and all rows written. */
    void finish() {
        int last = Math.max(next - 1, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, cols.size()));
    }

    String sheetName() {
        return sheet.getSheetName();
    }

    long dataRows() {
        return dataRows;
    }

    int nextRow() {
        return next;
    }

    static void cell(Row r, int col, String value, CellStyle style) {
        Cell c = r.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
    }
}
