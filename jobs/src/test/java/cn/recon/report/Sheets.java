package cn.recon.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reading workbooks back in tests. */
final class Sheets {

    private Sheets() {
    }

    static String text(Row r, int col) {
        Cell c = r == null ? null : r.getCell(col);
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue())
                : c.getStringCellValue();
    }

    static List<String> row(Sheet s, int index) {
        Row r = s.getRow(index);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.getLastCellNum(); i++) {
            out.add(text(r, i));
        }
        return out;
    }

    /** Rows below the header (row 2) whose first cell is a number (序号): the data rows. */
    static List<Row> dataRows(Sheet s) {
        List<Row> out = new ArrayList<>();
        for (int i = TableSheet.HEADER_ROW + 1; i <= s.getLastRowNum(); i++) {
            Row r = s.getRow(i);
            if (r != null && r.getCell(0) != null && r.getCell(0).getCellType() == CellType.NUMERIC) {
                out.add(r);
            }
        }
        return out;
    }

    /** Index of a header cell in row 2. */
    static int col(Sheet s, String header) {
        int i = row(s, TableSheet.HEADER_ROW).indexOf(header);
        if (i < 0) {
            throw new AssertionError("no column " + header + " in " + s.getSheetName());
        }
        return i;
    }

    static List<String> column(Sheet s, String header) {
        int c = col(s, header);
        List<String> out = new ArrayList<>();
        for (Row r : dataRows(s)) {
            out.add(text(r, c));
        }
        return out;
    }

    /** Row index of the first row whose first cell has this text, or -1. */
    static int find(Sheet s, String first) {
        for (int i = 0; i <= s.getLastRowNum(); i++) {
            if (first.equals(text(s.getRow(i), 0))) {
                return i;
            }
        }
        return -1;
    }
}
