package cn.recon.ingest;

import static cn.recon.ingest.Extracts.accepted;
import static cn.recon.ingest.Extracts.id;
import static cn.recon.ingest.Extracts.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Sex;
import cn.recon.source.RecordIssues;
import cn.recon.source.SchoolRecord;
import cn.recon.source.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchoolExtractTest {

    @TempDir
    Path dir;

    static final String[] HEADER = {"序号", "全国学籍号", "学生姓名", "性别", "出生日期", "身份证件类型", "身份证件号", "学校标识码",
        "学校名称", "学校所在地区划", "年级", "班级", "学籍状态", "状态变动日期", "户口所在地", "监护人", "是否留守儿童*"};

    /** Title merged over the header width, a blank row, header, rows, a blank row, a totals row. */
    private Path workbook(Object[]... data) throws IOException {
        Path f = dir.resolve("学籍.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            XSSFSheet s = wb.createSheet("学生名册");
            s.createRow(0).createCell(0).setCellValue("勐海县义务教育阶段学生名册");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            XSSFRow h = s.createRow(2);
            for (int i = 0; i < HEADER.length; i++) {
                h.createCell(i).setCellValue(HEADER[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            int r = 3;
            for (Object[] row : data) {
                XSSFRow x = s.createRow(r++);
                for (int c = 0; c < row.length; c++) {
                    if (row[c] instanceof String str) {
                        x.createCell(c).setCellValue(str);
                    } else if (row[c] instanceof Number n) {
                        x.createCell(c).setCellValue(n.doubleValue());
                    } else if (row[c] instanceof LocalDate d) {
                        x.createCell(c).setCellValue(d);
                        x.getCell(c).setCellStyle(date);
                    }
                }
            }
            XSSFRow total = s.createRow(r + 1);
            total.createCell(0).setCellValue("总计：" + data.length + "人");
            wb.write(out);
        }
        return f;
    }

    @Test
    void aGuardiansFifteenDigitNumberInTheIdColumnGivesWayToTheOneTheStudentNumberCarries() throws IOException {
        String g = id("53282320160717083");
        Path f = workbook(new Object[] {1, "G" + g, "岩温", "男", LocalDate.of(2016, 7, 17), "居民身份证",
            "532823850128075", "2532823032", "勐腊县勐捧镇温泉小学", "532823", "四年级", "1", "在读", null, null, "岩温", "否"});
        List<RowResult<SchoolRecord>> rows = readAll(Source.SCHOOL, f);
        SchoolRecord r = accepted(rows.get(0));
        assertThat(r.idRaw()).as("as written").isEqualTo("532823850128075");
        assertThat(r.idNumber()).isEqualTo(g);
        assertThat(r.idProblem()).isNull();
        assertThat(r.issues()).as("both problems of the written number stay on the record")
                .startsWith("INVALID_ID@id_number: 15位旧号码").endsWith("ID_CONFLICT@id_number: 身份证件号与G字头学籍号中的身份证号不同");
    }

    @Test
    void studentNumbersIdsAndTheLayoutAroundThem() throws IOException {
        String g = id("53282220150304123");
        String other = id("53282220150304145");
        Path f = workbook(
                new Object[] {1, "G" + g, "岩温", "男", LocalDate.of(2015, 3, 4), "居民身份证", null, "2153012345",
                    "勐海县第一小学", "532822", "5", "2", "在读", null, "532822101001", "岩香", "是"},
                new Object[] {2, "G" + g, "岩温", "1", "2015-03-04", "身份证", other, 2153012345d, "勐海县第一小学",
                    532822d, "五年级", 2, "在校", "2025/9/1", "云南省勐海县", "岩香", "否"},
                new Object[] {3, "J532822201503041234", "玉罕", "2", "20150304", "无", null, null, "勐海县第一小学",
                    null, "初二", null, "辍学", 45000, null, null, "Y"},
                new Object[] {4, "L532822201503041234", "玉香", "F", null, null, null, null, "勐海县第一小学", null,
                    "十年级", null, "读书", null, null, null, "也许"},
                new Object[] {5, "G53282220150304", "岩罕", "M", null, null, null, null, "勐海县第一小学", null, null,
                    null, "转出", null, null, null, null},
                new Object[] {6, null, null, null, null, null, null, null, "勐海县第一小学", null, null, null, "在读"});
        List<RowResult<SchoolRecord>> rows = readAll(Source.SCHOOL, f);
        assertThat(rows).extracting(RowResult::line).containsExactly(4, 5, 6, 7, 8, 9, 11);

        SchoolRecord a = accepted(rows.get(0));
        assertThat(a.studentNumber()).isEqualTo("G" + g);
        assertThat(a.studentKind()).isEqualTo("G");
        assertThat(a.idRaw()).isEqualTo(g);
        assertThat(a.idNumber()).isEqualTo(g);
        assertThat(a.idProblem()).isNull();
        assertThat(a.sex()).isEqualTo(Sex.MALE);
        assertThat(a.birthDate()).isEqualTo(LocalDate.of(2015, 3, 4));
        assertThat(a.schoolAreaCode()).isEqualTo("532822");
        assertThat(a.grade()).isEqualTo("五年级");
        assertThat(a.status()).isEqualTo("在读");
        assertThat(a.hukouArea()).isEqualTo("532822101001");
        assertThat(a.guardianName()).isEqualTo("岩香");
        assertThat(a.leftBehind()).isTrue();
        assertThat(a.issues()).isNull();

        SchoolRecord b = accepted(rows.get(1));
        assertThat(b.idNumber()).isEqualTo(other);
        assertThat(b.idType()).isEqualTo("居民身份证");
        assertThat(b.schoolCode()).isEqualTo("2153012345");
        assertThat(b.schoolAreaCode()).isEqualTo("532822");
        assertThat(b.className()).isEqualTo("2");
        assertThat(b.status()).isEqualTo("在读");
        assertThat(b.statusDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(b.hukouArea()).isEqualTo("云南省勐海县");
        assertThat(b.leftBehind()).isFalse();
        assertThat(b.issues()).isEqualTo("ID_CONFLICT@id_number: 身份证件号与G字头学籍号中的身份证号不同");

        SchoolRecord j = accepted(rows.get(2));
        assertThat(j.studentKind()).isEqualTo("J");
        assertThat(j.idNumber()).as("a J body is never a citizen ID").isNull();
        assertThat(j.grade()).isEqualTo("八年级");
        assertThat(j.statusDate()).as("Excel serial day in a numeric cell").isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(j.leftBehind()).isTrue();

        SchoolRecord l = accepted(rows.get(3));
        assertThat(l.studentKind()).isEqualTo("L");
        assertThat(l.idNumber()).isNull();
        assertThat(l.sex()).isEqualTo(Sex.FEMALE);
        assertThat(l.grade()).isEqualTo("十年级");
        assertThat(l.status()).isEqualTo("读书");
        assertThat(l.leftBehind()).isNull();
        assertThat(l.issues()).contains("UNKNOWN_VALUE@grade").contains("UNKNOWN_VALUE@status")
                .contains("UNKNOWN_VALUE@left_behind");

        SchoolRecord bad = accepted(rows.get(4));
        assertThat(bad.studentNumber()).isEqualTo("G53282220150304");
        assertThat(bad.studentKind()).isEqualTo("G");
        assertThat(bad.idNumber()).isNull();
        assertThat(RecordIssues.has(bad.issues(), "INVALID_STUDENT_NUMBER")).isTrue();

        assertThat(rows.get(5)).isInstanceOf(RowResult.Rejected.class);
        assertThat(((RowResult.Rejected<?>) rows.get(5)).raw()).isEqualTo("6,,,,,,,,勐海县第一小学,,,,在读");
        assertThat(rows.get(6)).isInstanceOf(RowResult.Skipped.class);
        assertThat(((RowResult.Skipped<?>) rows.get(6)).reason()).contains("合计");
    }

    @Test
    void aGNumberWithAnInvalidIdGivesThatIdWithItsProblem() throws IOException {
        Path f = workbook(new Object[] {1, "G532822201503041230", "岩温", "男", null, null, null, null, "一小", null,
            null, null, "在读"});
        SchoolRecord r = accepted(Extracts.<SchoolRecord>readAll(Source.SCHOOL, f).get(0));
        assertThat(r.idNumber()).isEqualTo("532822201503041230");
        assertThat(r.idProblem()).isEqualTo("BAD_CHECK");
        assertThat(r.issues()).startsWith("INVALID_STUDENT_NUMBER@student_number: G字头学籍号中的身份证号无效（校验码不对");
    }
}
