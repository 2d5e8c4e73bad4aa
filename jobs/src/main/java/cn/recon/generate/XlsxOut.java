package cn.recon.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One streamed XLSX sheet (POI SXSSF: only a window of rows in memory, so a million rows fit), with a merged title
 * row, a header, text and real-date cells. The creation date is fixed so equal content gives equal bytes.
 */
final class XlsxOut implements Closeable {

    /** Rows an XLSX sheet holds. */
    static final int MAX_ROWS = 1_048_576;

    private final Path file;
    private final SXSSFWorkbook wb;
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle titleStyle;
    private SXSSFRow row;
    private int next;
    private int col;

    XlsxOut(Path file, String sheetName, int createdEpochDay) {
        this.file = file;
        this.wb = new SXSSFWorkbook(null, 200, false, false);
        wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(
                Date.from(Dates.date(createdEpochDay).atStartOfDay().toInstant(ZoneOffset.UTC))));
        this.sheet = wb.createSheet(sheetName);
        this.dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        this.titleStyle = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 14);
        titleStyle.setFont(bold);
        titleStyle.setAlignment(HorizontalAlignment.CENTER);
    }

    /** A title across the given number of columns, merged, on the next row. */
    void title(String text, int columns) {
        SXSSFRow r = sheet.createRow(next);
        r.createCell(0).setCellValue(text);
        r.getCell(0).setCellStyle(titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(next, next, 0, columns - 1));
        next++;
    }

    void header(String... names) {
        startRow();
        for (String n : names) {
            text(n);
        }
    }

    void blankRow() {
        next++;
    }

    /** Starts the next row and returns its 1-based row number. */
    int startRow() {
        row = sheet.createRow(next++);
        col = 0;
        return next;
    }

    /** The 1-based row number of the row being written. */
    int rowNumber() {
        return next;
    }

    XlsxOut text(String v) {
        if (v != null && !v.isEmpty()) {
            row.createCell(col).setCellValue(v);
        }
        col++;
        return this;
    }

    /** A real Excel date (a number with a date format). */
    XlsxOut date(int epochDay) {
        var cell = row.createCell(col++);
        cell.setCellValue(Dates.date(epochDay));
        cell.setCellStyle(dateStyle);
        return this;
    }

    XlsxOut number(long v) {
        row.createCell(col++).setCellValue(v);
        return this;
    }

    @Override
    public void close() throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            wb.write(os);
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
