package cn.recon.ingest.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/** Turns XLSX cells into text: dates as ISO text, integral numbers without ".0" or exponent, marked numeric. */
final class XlsxCells {

    private final boolean date1904;
    private final Map<Short, Boolean> dateFormats = new HashMap<>();
    private String[] last;

    XlsxCells(Workbook wb) {
        this.date1904 = wb instanceof org.apache.poi.ss.usermodel.Date1904Support d && d.isDate1904();
    }

    /** The cells of the row last read. */
    String[] last() {
        return last;
    }

    /** The row as a raw row at least {@code width} wide, or null when it is blank. */
    RawRow read(Row row, int width) {
        int w = Math.max(width, Math.max(row.getLastCellNum(), 0));
        String[] values = new String[w];
        boolean[] numeric = null;
        boolean any = false;
        for (Cell cell : row) {
            int col = cell.getColumnIndex();
            if (col < 0 || col >= w) {
                continue;
            }
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                type = cell.getCachedFormulaResultType();
            }
            String text;
            switch (type) {
                case STRING -> text = cell.getStringCellValue();
                case NUMERIC -> {
                    double d = cell.getNumericCellValue();
                    if (isDate(cell.getCellStyle()) && DateUtil.isValidExcelDate(d)) {
                        text = iso(DateUtil.getLocalDateTime(d, date1904));
                    } else {
                        text = number(d);
                        if (numeric == null) {
                            numeric = new boolean[w];
                        }
                        numeric[col] = true;
                    }
                }
                case BOOLEAN -> text = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                default -> text = null;
            }
            if (text != null && !text.isEmpty()) {
                values[col] = text;
                any |= !text.isBlank();
            }
        }
        last = values;
        if (!any) {
            return null;
        }
        return new RawRow(row.getRowNum() + 1, values, numeric, RawRow.isTotals(values), ',');
    }

    /** A number as written in a cell: integral values without ".0" or exponent, others in plain notation. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s;
    }

    private static String iso(LocalDateTime t) {
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
    }

    private boolean isDate(CellStyle style) {
        if (style == null) {
            return false;
        }
        short index = style.getDataFormat();
        Boolean known = dateFormats.get(index);
        if (known == null) {
            known = DateUtil.isADateFormat(index, style.getDataFormatString()) || chineseBuiltIn(index);
            dateFormats.put(index, known);
        }
        return known;
    }

    /**
     * Built-in number formats 27–36 and 50–58 are the date formats of Chinese-locale Excel (yyyy"年"m"月"d"日" and
     * the like); their format text is not stored in the file.
     */
    private static boolean chineseBuiltIn(short index) {
        return index >= 27 && index <= 36 || index >= 50 && index <= 58;
    }
}
