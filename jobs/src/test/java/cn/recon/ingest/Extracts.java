package cn.recon.ingest;

import cn.recon.ingest.mapping.Mappings;
import cn.recon.person.IdNumber;
import cn.recon.source.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Helpers shared by the extract reader tests: files written for real, reference mappings, valid IDs. */
final class Extracts {

    static final Path MAPPINGS = Path.of("mappings");
    static final LocalDate REF = LocalDate.of(2026, 9, 30);

    private Extracts() {
    }

    /** A valid 18-character citizen ID with this 17-digit start. */
    static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A valid ID born on the given yyyyMMdd in 勐海县 whose check character is X. */
    static String idEndingInX(String yyyymmdd) {
        for (int seq = 100; seq < 1000; seq++) {
            String first17 = "532822" + yyyymmdd + seq;
            if (IdNumber.checkCharacter(first17) == 'X') {
                return first17 + 'X';
            }
        }
        throw new IllegalStateException();
    }

    static Path csv(Path dir, String name, Charset cs, String... lines) throws IOException {
        return Files.write(dir.resolve(name), (String.join("\r\n", lines) + "\r\n").getBytes(cs));
    }

    /** A workbook of one sheet: each row an array of String, Double or null cells. */
    static Path xlsx(Path dir, String name, Object[]... rows) throws IOException {
        Path f = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            XSSFSheet s = wb.createSheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                XSSFRow row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String str) {
                        row.createCell(c).setCellValue(str);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    }
                }
            }
            wb.write(out);
        }
        return f;
    }

    @SuppressWarnings("unchecked")
    static <T> List<RowResult<T>> readAll(Source source, Path file) throws IOException {
        List<RowResult<T>> out = new ArrayList<>();
        try (ExtractReader<?> r = ExtractReaders.open(source, file, 7L, Mappings.defaultFor(source, MAPPINGS), REF)) {
            RowResult<?> row;
            while ((row = r.read()) != null) {
                out.add((RowResult<T>) row);
            }
        }
        return out;
    }

    static <T> T accepted(RowResult<T> r) {
        if (r instanceof RowResult.Accepted<T> a) {
            return a.record();
        }
        throw new AssertionError("expected an accepted row, got " + r);
    }
}
