package cn.recon.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads the generated files back, independently of the generator: Commons CSV for CSV, POI for XLSX. */
final class ExtractFiles {

    /** A data row: its line (CSV physical line where it starts, XLSX 1-based row) and its values by header. */
    record DataRow(int line, Map<String, String> values) {
        String get(String header) {
            String v = values.get(header);
            return v == null ? "" : v;
        }
    }

    /** A file's header and rows. */
    record Table(List<String> header, List<DataRow> rows, String title) {
    }

    private ExtractFiles() {
    }

    static Table csv(Path file, Charset cs, char separator) throws IOException {
        String text = Files.readString(file, cs);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .get();
        List<DataRow> rows = new ArrayList<>();
        List<String> header;
        try (Reader r = new StringReader(text); CSVParser p = CSVParser.parse(r, format)) {
            header = p.getHeaderNames();
            int[] lineStarts = lineOf(text);
            for (CSVRecord rec : p) {
                Map<String, String> m = new LinkedHashMap<>();
                for (String h : header) {
                    m.put(h, rec.get(h));
                }
                rows.add(new DataRow(lineStarts[(int) rec.getCharacterPosition()], m));
            }
        }
        return new Table(header, rows, null);
    }

    /** For each character position, its 1-based physical line. */
    private static int[] lineOf(String text) {
        int[] out = new int[text.length() + 1];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            out[i] = line;
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        out[text.length()] = line;
        return out;
    }

    /** An XLSX sheet whose header is on {@code headerRow} (1-based); blank rows and the totals row are skipped. */
    static Table xlsx(Path file, int headerRow) throws IOException {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet s = wb.getSheetAt(0);
            String title = headerRow > 1 ? text(s.getRow(0).getCell(0)) : null;
            Row hr = s.getRow(headerRow - 1);
            List<String> header = new ArrayList<>();
            for (int c = 0; c < hr.getLastCellNum(); c++) {
                header.add(text(hr.getCell(c)));
            }
            List<DataRow> rows = new ArrayList<>();
            for (int r = headerRow; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                if (row == null || row.getPhysicalNumberOfCells() == 0 || "合计".equals(text(row.getCell(0)))) {
                    continue;
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    m.put(header.get(c), text(row.getCell(c)));
                }
                rows.add(new DataRow(r + 1, m));
            }
            return new Table(header, rows, title);
        }
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        if (c.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                    : Long.toString((long) c.getNumericCellValue());
        }
        return c.getStringCellValue();
    }

    /** Any of the five written forms (an Excel date arrives here as yyyy-MM-dd); null for blank. */
    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.matches("\\d{8}")) {
            return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                    Integer.parseInt(t.substring(6)));
        }
        String[] p = t.replace('年', '-').replace('月', '-').replace("日", "").split("[-/.]");
        return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }
}
