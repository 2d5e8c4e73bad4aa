package cn.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.IdNumber;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipientListTest {

    static final LocalDate REF = LocalDate.of(2026, 9, 30);

    @TempDir
    Path dir;

    final List<FlagLine> flags = SyntheticFlags.list(400);
    final Map<String, FlagLine> byId = flags.stream().filter(f -> f.idNumber() != null)
            .collect(Collectors.toMap(FlagLine::idNumber, f -> f, (a, b) -> a));

    static XSSFWorkbook open(ReportFile f) throws IOException {
        try (InputStream in = Files.newInputStream(f.path())) {
            return new XSSFWorkbook(in);
        }
    }

    private List<FlagLine> open(Set<String> codes) {
        return flags.stream().filter(f -> codes.contains(f.flag()) && f.isCurrent()).toList();
    }

    /** Texts of the heading rows (first cell text, no 序号) below the header. */
    private static List<String> headings(XSSFSheet s) {
        List<String> out = new ArrayList<>();
        for (int i = TableSheet.HEADER_ROW + 1; i <= s.getLastRowNum(); i++) {
            Row r = s.getRow(i);
            if (r != null && !Sheets.dataRows(s).contains(r) && s.getMergedRegions().stream()
                    .anyMatch(m -> m.getFirstRow() == r.getRowNum())) {
                out.add(Sheets.text(r, 0));
            }
        }
        return out;
    }

    @Test
    void educationListHasOnlyItsColumnsRowsGroupedByTownshipAndSchoolAndFullIds() throws IOException {
        ReportFile f = RecipientList.education(dir, "2026Q3", REF, MaskingSettings.defaults()).writeAll(flags);
        List<FlagLine> expected = open(Set.of("OUT_OF_SCHOOL", "DROPOUT"));
        assertThat(f.path().getFileName().toString()).isEqualTo("辍学失学名单-2026Q3.xlsx");
        assertThat(f.recipient()).isEqualTo(Recipient.EDUCATION_BUREAU);
        assertThat(f.rows()).isEqualTo(expected.size());
        assertThat(f.children()).isEqualTo(expected.size());
        try (XSSFWorkbook wb = open(f)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(Sheets.text(s.getRow(0), 0)).contains("2026Q3").contains("辍学失学");
            assertThat(Sheets.row(s, 2)).containsExactly("序号", "姓名", "性别", "出生日期", "公民身份号码", "村（社区）",
                    "监护人", "最后就读学校", "学籍状态", "首次发现");
            List<String> ids = Sheets.column(s, "公民身份号码");
            assertThat(ids).containsExactlyInAnyOrderElementsOf(expected.stream().map(FlagLine::idNumber).toList());
            List<String> h = headings(s);
            List<String> townships = h.stream().filter(x -> !x.startsWith("最后就读学校")).toList();
            assertThat(townships).hasSize(3);
            for (int t = 0; t < 3; t++) {
                String town = SyntheticFlags.TOWNSHIPS[t];
                long n = expected.stream().filter(x -> x.township().equals(town)).count();
                assertThat(townships.get(t)).isEqualTo(town + "（" + n + " 人）");
            }
            int firstTown = h.indexOf(townships.get(0));
            int secondTown = h.indexOf(townships.get(1));
            List<String> schools = new ArrayList<>();
            for (String school : new String[] {"城关第一小学", "勐仑中学", "象明中心小学", null}) {
                long n = expected.stream().filter(x -> x.township().equals("城关镇")
                        && java.util.Objects.equals(x.lastSchool(), school)).count();
                schools.add("最后就读学校：" + (school == null ? "（无学籍记录）" : school) + "（" + n + " 人）");
            }
            assertThat(h.subList(firstTown + 1, secondTown)).as("pinyin order, no school last")
                    .containsExactlyElementsOf(schools);
            int status = Sheets.col(s, "学籍状态");
            for (Row r : Sheets.dataRows(s)) {
                FlagLine in = byId.get(Sheets.text(r, 4));
                assertThat(Sheets.text(r, status)).isEqualTo(in.flag().equals("OUT_OF_SCHOOL") ? "无学籍记录" : "辍学");
            }
            XSSFSheet counts = wb.getSheet("按乡镇统计");
            assertThat(Sheets.column(counts, "人数").stream().mapToInt(Integer::parseInt).sum())
                    .isEqualTo(expected.size());
        }
        ReportFile masked = RecipientList.education(dir, "2026Q3", REF, MaskingSettings.defaults()
                .with(Recipient.EDUCATION_BUREAU, MaskingSettings.IdDisplay.MASKED)).writeAll(flags);
        try (XSSFWorkbook wb = open(masked)) {
            assertThat(Sheets.column(wb.getSheetAt(0), "公民身份号码")).containsExactlyInAnyOrderElementsOf(
                    expected.stream().map(x -> IdNumber.mask(x.idNumber())).toList());
        }
    }

    @Test
    void overdueVisitListIsMaskedByDefaultKeyChildrenFirstWithMissingMonths() throws IOException {
        ReportFile f = RecipientList.overdueVisits(dir, "2026Q3", REF, MaskingSettings.defaults()).writeAll(flags);
        List<FlagLine> expected = open(Set.of("VISIT_OVERDUE"));
        assertThat(f.recipient()).isEqualTo(Recipient.TOWNSHIP_SUPERVISOR);
        assertThat(f.rows()).isEqualTo(expected.size());
        Map<String, FlagLine> byMasked = new HashMap<>();
        expected.forEach(x -> byMasked.put(IdNumber.mask(x.idNumber()) + x.name() + x.birthDate(), x));
        try (XSSFWorkbook wb = open(f)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(Sheets.row(s, 2)).containsExactly("序号", "村（社区）", "儿童主任", "姓名", "性别", "出生日期",
                    "公民身份号码", "重点儿童", "未走访月份", "说明", "首次发现");
            int id = Sheets.col(s, "公民身份号码");
            int key = Sheets.col(s, "重点儿童");
            int months = Sheets.col(s, "未走访月份");
            String group = null;
            boolean seenNormal = false;
            int keyRows = 0;
            for (int i = TableSheet.HEADER_ROW + 1; i <= s.getLastRowNum(); i++) {
                Row r = s.getRow(i);
                if (!Sheets.dataRows(s).contains(r)) {
                    group = Sheets.text(r, 0);
                    seenNormal = false;
                    continue;
                }
                assertThat(Sheets.text(r, id)).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
                FlagLine in = byMasked.get(Sheets.text(r, id) + Sheets.text(r, 3)
                        + r.getCell(5).getLocalDateTimeCellValue().toLocalDate());
                assertThat(in).isNotNull();
                assertThat(Sheets.text(r, months)).isEqualTo(Labels.months(in.monthsMissing()));
                assertThat(Sheets.text(r, key)).isEqualTo(in.keyChild() ? "重点儿童" : "");
                assertThat(group).contains(in.village()).contains(in.childDirector());
                if (in.isHigh()) {
                    assertThat(seenNormal).as("HIGH before others in " + group).isFalse();
                    keyRows++;
                } else {
                    seenNormal = true;
                }
            }
            assertThat(keyRows).isPositive();
            assertThat(Sheets.column(s, "未走访月份")).contains("7月", "7月、9月", "");
        }
    }

    @Test
    void unregisteredListByTownshipAndVillageSkipsResolvedAndOtherCodes() throws IOException {
        List<FlagLine> expected = open(Set.of("UNREGISTERED"));
        ReportFile f = RecipientList.unregistered(dir, "2026Q3", REF, MaskingSettings.defaults()).writeAll(flags);
        assertThat(f.recipient()).isEqualTo(Recipient.PUBLIC_SECURITY);
        assertThat(f.children()).isEqualTo(expected.size());
        try (XSSFWorkbook wb = open(f)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(Sheets.column(s, "儿童编号（民政）")).containsExactlyInAnyOrderElementsOf(
                    expected.stream().map(FlagLine::rosterKey).toList());
            List<String> villages = Sheets.column(s, "村（社区）");
            List<String> heads = headings(s).stream().filter(h -> h.startsWith("村（社区）：")).toList();
            assertThat(heads).isNotEmpty();
            String last = null;
            for (String v : villages) {
                if (!v.equals(last)) {
                    assertThat(heads.stream().anyMatch(h -> h.startsWith("村（社区）：" + v + "（"))).isTrue();
                }
                last = v;
            }
        }
    }

    @Test
    void aChildListedOnceAndAReappearingTownshipStartsANewBlock() throws IOException {
        FlagLine dropout = new FlagLine("2026Q3", "DROPOUT", "HIGH", "C1", null, null, null, "532822201001011230",
                "岩温", "城关镇", "新村", "NEW", "2026Q3", "", null, null, null, "勐仑中学", "辍学", null, true, null);
        FlagLine other = new FlagLine("2026Q3", "DROPOUT", "HIGH", "C2", null, null, null, null, "玉罕", "勐仑镇",
                "曼边村", "PERSISTING", "2026Q1", "", null, null, null, null, null, null, true, null);
        FlagLine back = new FlagLine("2026Q3", "OUT_OF_SCHOOL", "HIGH", "C3", null, null, null, null, "岩罕", "城关镇",
                "新村", "NEW", "2026Q3", "", null, null, null, null, null, null, true, null);
        ReportFile f = RecipientList.education(dir, "2026Q3", REF, MaskingSettings.defaults())
                .writeAll(List.of(dropout, dropout, other, back));
        assertThat(f.rows()).isEqualTo(3);
        assertThat(f.children()).isEqualTo(3);
        try (XSSFWorkbook wb = open(f)) {
            assertThat(headings(wb.getSheetAt(0))).containsExactly("城关镇（1 人）", "最后就读学校：勐仑中学（1 人）",
                    "勐仑镇（1 人）", "最后就读学校：（无学籍记录）（1 人）", "城关镇（1 人）", "最后就读学校：（无学籍记录）（1 人）");
        }
    }

    @Test
    void anEmptyListSaysSo() throws IOException {
        ReportFile f = RecipientList.unregistered(dir, "2026Q3", REF, MaskingSettings.defaults()).writeAll(List.of());
        assertThat(f.rows()).isZero();
        try (XSSFWorkbook wb = open(f)) {
            assertThat(Sheets.text(wb.getSheetAt(0).getRow(3), 0)).isEqualTo("本季度无。");
        }
    }
}
