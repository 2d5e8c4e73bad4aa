package cn.recon.ingest.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.recon.ingest.ExtractFileException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypesTest {

    @TempDir
    Path dir;

    private void refused(Path f, String... words) {
        var a = assertThatThrownBy(() -> TabularReader.open(f, CsvTabularReaderTest.SPEC))
                .isInstanceOf(ExtractFileException.class).hasMessageStartingWith(f.getFileName() + ": ");
        for (String w : words) {
            a.hasMessageContaining(w);
        }
    }

    @Test
    void oldBinaryExcelIsRefusedWithWhatToDo() throws IOException {
        Path f = dir.resolve("名册.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("姓名");
            wb.write(out);
        }
        refused(f, ".xls", "另存为", ".xlsx", "CSV");
    }

    @Test
    void pdfIsRefused() throws IOException {
        Path f = Files.write(dir.resolve("a.pdf"), "%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII));
        refused(f, "PDF");
        Path disguised = Files.write(dir.resolve("b.csv"), "%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII));
        refused(disguised, ".csv", "PDF", "不符");
    }

    @Test
    void contentNotMatchingTheExtension() throws IOException {
        Path xlsxAsCsv = dir.resolve("c.csv");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsxAsCsv)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("姓名");
            wb.write(out);
        }
        refused(xlsxAsCsv, ".csv", ".xlsx", "不符");
        Path csvAsXlsx = Files.write(dir.resolve("d.xlsx"), "姓名,身份证号\n".getBytes(StandardCharsets.UTF_8));
        refused(csvAsXlsx, ".xlsx", ".csv", "不符");
        Path html = Files.write(dir.resolve("e.xls"), "<html><table><tr><td>姓名</td></tr></table></html>"
                .getBytes(StandardCharsets.UTF_8));
        refused(html, "HTML", "另存为");
        Path binary = Files.write(dir.resolve("f.csv"), new byte[] {1, 2, 0, 3});
        refused(binary, "二进制");
    }

    @Test
    void otherTypesAndMissingFiles() throws IOException {
        refused(Files.write(dir.resolve("g.docx"), "x".getBytes(StandardCharsets.US_ASCII)), ".docx", "CSV", "xlsx");
        refused(dir.resolve("missing.csv"), "不存在");
    }

    @Test
    void corruptWorkbook() throws IOException {
        byte[] bytes = {'P', 'K', 3, 4, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9};
        refused(Files.write(dir.resolve("h.xlsx"), bytes), "损坏");
    }
}
