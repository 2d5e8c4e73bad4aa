package cn.recon.ingest.read;

import static cn.recon.ingest.read.CsvTabularReaderTest.SPEC;
import static cn.recon.ingest.read.CsvTabularReaderTest.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.recon.ingest.ExtractFileException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTabularReaderTest {

    static final HeaderSpec SPEC_WITH_DATE = new HeaderSpec(List.of(
            new HeaderSpec.Column("id_number", List.of("公民身份号码", "身份证号"), true),
            new HeaderSpec.Column("name", List.of("姓名"), true),
            new HeaderSpec.Column("birth_date", List.of("出生日期"), false)), null, "测试");

    @TempDir
    Path dir;

    /** A workbook: title row merged over A1:D1, a blank row, header, data, blank row, totals. */
    private Path sample() throws IOException {
        Path f = dir.resolve("学生名册.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            XSSFSheet s = wb.createSheet("名册");
            s.createRow(0).createCell(0).setCellValue("XX县义务教育阶段学生名册");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            XSSFRow h = s.createRow(2);
            String[] header = {"序号", "姓名", "身份证号", "出生日期"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle chineseDate = wb.createCellStyle();
            chineseDate.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));

            XSSFRow r1 = s.createRow(3);
            r1.createCell(0).setCellValue(1);
            r1.createCell(1).setCellValue("张三");
            r1.createCell(2).setCellValue("11010519491231002X");
            r1.createCell(3).setCellValue(LocalDate.of(2015, 3, 4));
            r1.getCell(3).setCellStyle(dateStyle);

            XSSFRow r2 = s.createRow(4);
            r2.createCell(0).setCellValue(2);
            r2.createCell(1).setCellValue("李四");
            r2.createCell(2).setCellValue(340524800101001d);
            r2.createCell(3).setCellValue("2016/5/6");

            XSSFRow r3 = s.createRow(6);
            r3.createCell(0).setCellValue(3);
            r3.createCell(1).setCellValue("王五");
            r3.createCell(2).setCellValue(110105194912310021d);
            r3.createCell(3).setCellValue(LocalDateTime.of(2017, 1, 2, 0, 0));
            r3.getCell(3).setCellStyle(chineseDate);

            XSSFRow r4 = s.createRow(7);
            r4.createCell(0).setCellValue(4.5);
            r4.createCell(1).setCellValue("   ");
            r4.createCell(2).setCellValue(12345678901234d);

            XSSFRow total = s.createRow(9);
            total.createCell(0).setCellValue("合计");
            total.createCell(1).setCellValue("4人");
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        return f;
    }

    @Test
    void titleRowsBlankRowsDatesNumbersAndTotals() throws IOException {
        try (TabularReader r = TabularReader.open(sample(), SPEC_WITH_DATE)) {
            assertThat(r.describe()).isEqualTo("XLSX, sheet '名册', header on row 3");
            assertThat(r.header().line()).isEqualTo(3);
            assertThat(r.header().column("id_number")).isEqualTo(2);
            List<RawRow> rows = all(r);
            assertThat(rows).extracting(RawRow::line).containsExactly(4, 5, 7, 8, 10);

            RawRow zhang = rows.get(0);
            assertThat(zhang.cell(0)).isEqualTo("1");
            assertThat(zhang.numeric(0)).isTrue();
            assertThat(zhang.cell(2)).isEqualTo("11010519491231002X");
            assertThat(zhang.numeric(2)).isFalse();
            assertThat(zhang.cell(3)).isEqualTo("2015-03-04");
            assertThat(zhang.numeric(3)).isFalse();

            RawRow li = rows.get(1);
            assertThat(li.cell(2)).isEqualTo("340524800101001");
            assertThat(li.numeric(2)).isTrue();
            assertThat(li.cell(3)).isEqualTo("2016/5/6");

            RawRow wang = rows.get(2);
            assertThat(wang.cell(2)).hasSize(18).startsWith("1101051949123");
            assertThat(wang.numeric(2)).isTrue();
            assertThat(wang.cell(3)).isEqualTo("2017-01-02");

            assertThat(rows.get(3).cell(0)).isEqualTo("4.5");
            assertThat(rows.get(3).cell(2)).isEqualTo("12345678901234");
            assertThat(rows.get(4).isTotals()).isTrue();
            assertThat(rows.subList(0, 4)).noneMatch(RawRow::isTotals);
        }
    }

    @Test
    void sheetNamedByTheLayout() throws IOException {
        Path f = sample();
        HeaderSpec other = new HeaderSpec(SPEC.columns(), "说明", "x");
        assertThatThrownBy(() -> TabularReader.open(f, other)).isInstanceOf(ExtractFileException.class)
                .hasMessageContaining("找不到表头");
        HeaderSpec missing = new HeaderSpec(SPEC.columns(), "花名册", "x");
        assertThatThrownBy(() -> TabularReader.open(f, missing)).isInstanceOf(ExtractFileException.class)
                .hasMessageContaining("花名册").hasMessageContaining("名册、说明");
        try (TabularReader r = TabularReader.open(f, new HeaderSpec(SPEC.columns(), "名册", "x"))) {
            assertThat(r.next().cell(1)).isEqualTo("张三");
        }
    }

    @Test
    void missingColumnInWorkbook() throws IOException {
        Path f = dir.resolve("x.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            XSSFRow h = wb.createSheet("s").createRow(0);
            h.createCell(0).setCellValue("姓名");
            h.createCell(1).setCellValue("性别");
            wb.write(out);
        }
        assertThatThrownBy(() -> TabularReader.open(f, SPEC)).isInstanceOf(ExtractFileException.class)
                .hasMessageContaining("x.xlsx").hasMessageContaining("「公民身份号码」");
    }

    @Test
    void emptySheet() throws IOException {
        Path f = dir.resolve("empty.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("空表");
            wb.write(out);
        }
        assertThatThrownBy(() -> TabularReader.open(f, SPEC)).isInstanceOf(ExtractFileException.class)
                .hasMessageContaining("空表").hasMessageContaining("空的");
    }

    @Test
    void inlineStringsFormulasBooleansAndCellsWithoutAReference() throws IOException {
        Path f = dir.resolve("inline.xlsx");
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var s = wb.createSheet("名单");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("姓名");
            h.createCell(1).setCellValue("身份证号");
            h.createCell(3).setCellValue("出生日期");
            var r = s.createRow(1);
            r.createCell(0).setCellValue("张三");
            r.createCell(1).setCellValue(340524800101001d);
            r.createCell(2).setCellValue(true);
            r.createCell(3).setCellValue("2015年3月4日");
            wb.write(out);
        }
        try (TabularReader r = TabularReader.open(f, SPEC_WITH_DATE)) {
            RawRow row = r.next();
            assertThat(row.cell(0)).isEqualTo("张三");
            assertThat(row.cell(1)).isEqualTo("340524800101001");
            assertThat(row.numeric(1)).isTrue();
            assertThat(row.cell(2)).isEqualTo("TRUE");
            assertThat(row.cell(3)).isEqualTo("2015年3月4日");
            assertThat(r.next()).isNull();
        }
        Path g = dir.resolve("formula.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(g)) {
            XSSFSheet s = wb.createSheet("s");
            XSSFRow h = s.createRow(0);
            h.createCell(0).setCellValue("姓名");
            h.createCell(1).setCellValue("身份证号");
            XSSFRow r = s.createRow(1);
            r.createCell(0).setCellFormula("\"李\"&\"四\"");
            r.getCell(0).setCellValue("李四");
            r.createCell(1).setCellValue("X");
            wb.write(out);
        }
        try (TabularReader r = TabularReader.open(g, SPEC)) {
            assertThat(r.next().cell(0)).isEqualTo("李四");
        }
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(XlsxSheetRows.number(3)).isEqualTo("3");
        assertThat(XlsxSheetRows.number(340524800101001d)).isEqualTo("340524800101001");
        assertThat(XlsxSheetRows.number(1.1010519491231E17)).isEqualTo("110105194912310000");
        assertThat(XlsxSheetRows.number(0.25)).isEqualTo("0.25");
        assertThat(XlsxSheetRows.number(-2)).isEqualTo("-2");
        assertThat(XlsxSheetRows.number("1.1010519491231E+17")).isEqualTo("110105194912310000");
        assertThat(XlsxSheetRows.number("340524800101001")).isEqualTo("340524800101001");
        assertThat(XlsxSheetRows.number("4.5000000000000000")).isEqualTo("4.5");
        assertThat(XlsxSheetRows.column("A1")).isZero();
        assertThat(XlsxSheetRows.column("AB12")).isEqualTo(27);
    }
}
