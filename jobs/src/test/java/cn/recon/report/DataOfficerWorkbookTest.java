package cn.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.IdNumber;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataOfficerWorkbookTest {

    @TempDir
    Path dir;

    private XSSFWorkbook writeAndOpen(MaskingSettings masking, List<FlagLine> flags) throws IOException {
        Path extract = Files.writeString(dir.resolve("roster.csv"), "儿童编号,姓名\nMZ1,岩温\n");
        RunNotes notes = SyntheticFlags.notes(List.of(RunNotes.InputFile.of("roster", extract)));
        Path p = dir.resolve(DataOfficerWorkbook.fileName("2026Q3"));
        ReportFile f = DataOfficerWorkbook.write(p, notes, SyntheticFlags.townships(), SyntheticFlags.quality(),
                flags, masking);
        assertThat(f.path()).isEqualTo(p);
        assertThat(f.recipient()).isEqualTo(Recipient.DATA_OFFICER);
        assertThat(f.rows()).isEqualTo(flags.size());
        assertThat(f.children()).isEqualTo((int) flags.stream().map(FlagLine::childId).distinct().count());
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void sheetsAndTotalsAgreeWithFlagsCsvWrittenFromTheSameInput() throws IOException {
        List<FlagLine> flags = SyntheticFlags.list(400);
        Path csv = dir.resolve("flags.csv");
        CsvOutput.writeFlags(csv, flags);
        List<CSVRecord> records = CsvOutputTest.read(csv);
        Map<String, Integer> open = new HashMap<>();
        Map<String, Map<String, Integer>> openByTownship = new HashMap<>();
        int changes = 0;
        for (CSVRecord r : records) {
            if (!r.get("status").equals("RESOLVED")) {
                open.merge(r.get("flag"), 1, Integer::sum);
                openByTownship.computeIfAbsent(r.get("township"), t -> new HashMap<>()).merge(r.get("flag"), 1,
                        Integer::sum);
            }
            if (!r.get("status").equals("PERSISTING")) {
                changes++;
            }
        }
        try (XSSFWorkbook wb = writeAndOpen(MaskingSettings.defaults(), flags)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            List<String> expected = new ArrayList<>(List.of("汇总"));
            expected.addAll(Labels.FLAG_NAMES.values());
            expected.addAll(List.of("变化", "数据质量", "说明"));
            assertThat(names).containsExactlyElementsOf(expected);

            XSSFSheet oos = wb.getSheet("适龄失学");
            assertThat(Sheets.text(oos.getRow(0), 0)).contains("2026Q3").contains("适龄失学");
            assertThat(Sheets.row(oos, 2)).containsExactly("序号", "乡镇（街道）", "村（社区）", "姓名", "性别", "出生日期",
                    "公民身份号码", "重点儿童", "严重程度", "状态", "首次发现", "说明", "监护人", "最后就读学校", "学籍状态",
                    "儿童编号", "全国学籍号", "户籍公民身份号码", "儿童标识");
            assertThat(oos.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
            assertThat(oos.getCTWorksheet().getAutoFilter().getRef()).startsWith("A3:S");
            Row first = Sheets.dataRows(oos).get(0);
            assertThat(first.getCell(Sheets.col(oos, "出生日期")).getCellStyle().getDataFormatString())
                    .isEqualTo("yyyy-mm-dd");
            assertThat(Sheets.row(wb.getSheet("未按期走访"), 2)).contains("未走访月份", "儿童主任");

            for (Map.Entry<String, String> code : Labels.FLAG_NAMES.entrySet()) {
                XSSFSheet s = wb.getSheet(code.getValue());
                int n = open.getOrDefault(code.getKey(), 0);
                assertThat(Sheets.dataRows(s)).as(code.getKey()).hasSize(n);
                if (n == 0) {
                    assertThat(Sheets.text(s.getRow(3), 0)).isEqualTo("本季度无此类问题。");
                }
            }
            assertThat(Sheets.dataRows(wb.getSheet("变化"))).hasSize(changes);
            assertThat(Sheets.column(wb.getSheet("变化"), "变化")).containsOnly("新发现", "已解决");

            XSSFSheet sum = wb.getSheet("汇总");
            List<String> head = Sheets.row(sum, 5);
            int total = Sheets.find(sum, "合计");
            for (Map.Entry<String, String> code : Labels.FLAG_NAMES.entrySet()) {
                int c = head.indexOf(code.getValue());
                assertThat(Sheets.text(sum.getRow(total), c)).as(code.getKey())
                        .isEqualTo(String.valueOf(open.getOrDefault(code.getKey(), 0)));
                for (String t : SyntheticFlags.TOWNSHIPS) {
                    assertThat(Sheets.text(sum.getRow(Sheets.find(sum, t)), c)).as(t + " " + code.getKey())
                            .isEqualTo(String.valueOf(openByTownship.get(t).getOrDefault(code.getKey(), 0)));
                }
            }
            int openTotal = open.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(Sheets.text(sum.getRow(total), head.indexOf("问题合计"))).isEqualTo(String.valueOf(openTotal));
            assertThat(Sheets.text(sum.getRow(total), 1)).isEqualTo("4200");
            List<XSSFChart> charts = sum.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(open.size());

            assertThat(Sheets.text(wb.getSheet("数据质量").getRow(3), 1)).isEqualTo("hukou-2026Q3.csv");
            XSSFSheet notes = wb.getSheet("说明");
            Set<String> texts = new HashSet<>();
            notes.forEach(r -> r.forEach(c -> texts.add(c.toString())));
            assertThat(texts).contains(RunNotes.InputFile.of("roster", dir.resolve("roster.csv")).sha256(),
                    "2026-09-30", "义务教育法第十一条");
        }
    }

    @Test
    void idsAreMaskedForTheDataOfficerByDefaultAndShownInFullWhenConfigured() throws IOException {
        List<FlagLine> flags = SyntheticFlags.list(200);
        Map<String, FlagLine> byChild = new HashMap<>();
        flags.forEach(f -> byChild.put(f.childId(), f));
        for (MaskingSettings.IdDisplay d : MaskingSettings.IdDisplay.values()) {
            MaskingSettings m = MaskingSettings.defaults().with(Recipient.DATA_OFFICER, d);
            try (XSSFWorkbook wb = writeAndOpen(m, flags)) {
                int checked = 0;
                for (String sheet : List.of("辍学", "未按期走访", "变化")) {
                    XSSFSheet s = wb.getSheet(sheet);
                    int id = Sheets.col(s, "公民身份号码");
                    int key = Sheets.col(s, "全国学籍号");
                    int child = Sheets.col(s, "儿童标识");
                    for (Row r : Sheets.dataRows(s)) {
                        FlagLine in = byChild.get(Sheets.text(r, child));
                        String full = in.idNumber() == null ? "" : in.idNumber();
                        String school = in.schoolKey() == null ? "" : in.schoolKey();
                        if (d == MaskingSettings.IdDisplay.MASKED) {
                            assertThat(Sheets.text(r, id)).isEqualTo(full.isEmpty() ? "" : IdNumber.mask(full));
                            assertThat(Sheets.text(r, key)).isEqualTo(school.isEmpty() ? "" : IdNumber.mask(school));
                        } else {
                            assertThat(Sheets.text(r, id)).isEqualTo(full);
                            assertThat(Sheets.text(r, key)).isEqualTo(school);
                        }
                        checked++;
                    }
                }
                assertThat(checked).isGreaterThan(50);
            }
        }
    }

    @Test
    void unknownCodesGetASheetFullSheetsContinueAndAFirstRunListsNoChanges() throws IOException {
        List<FlagLine> flags = new ArrayList<>(SyntheticFlags.list(120));
        for (int i = 0; i < 3; i++) {
            flags.add(new FlagLine("2026Q3", "SOMETHING_NEW", "NORMAL", "X" + i, null, null, null, null, "岩温",
                    "勐仑镇", "曼边村", "NEW", "2026Q3", "新规则", null, null, null, null, null, null, false, null));
        }
        RunNotes first = new RunNotes("2026Q3", java.time.LocalDate.of(2026, 9, 30), null, null, List.of(),
                List.of(), List.of());
        Path p = dir.resolve("first.xlsx");
        long dropouts = flags.stream().filter(f -> f.flag().equals("DROPOUT") && f.isCurrent()).count();
        try (DataOfficerWorkbook w = new DataOfficerWorkbook(p, first, MaskingSettings.defaults())) {
            w.maxRowsPerSheet(13);
            flags.forEach(w::add);
            w.finish(SyntheticFlags.townships(), new DataQuality(List.of(), 0));
        }
        try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsSubsequence("辍学", "辍学（续2）", "无户籍", "未按期走访", "未按期走访（续2）",
                    "未按期走访（续3）", "户籍已注销仍在册");
            assertThat(names).containsSubsequence("信息不一致", "SOMETHING_NEW", "变化", "数据质量", "说明");
            assertThat(names).doesNotContain("变化（续2）");
            long listed = 0;
            for (String n : names) {
                if (n.startsWith("辍学")) {
                    assertThat(wb.getSheet(n).getLastRowNum()).isLessThan(13);
                    listed += Sheets.dataRows(wb.getSheet(n)).size();
                }
            }
            assertThat(listed).isEqualTo(dropouts);
            assertThat(Sheets.dataRows(wb.getSheet("SOMETHING_NEW"))).hasSize(3);
            assertThat(Sheets.dataRows(wb.getSheet("变化"))).isEmpty();
            assertThat(Sheets.text(wb.getSheet("变化").getRow(3), 0)).startsWith("首次比对");
            XSSFSheet sum = wb.getSheet("汇总");
            int c = Sheets.row(sum, 5).indexOf("SOMETHING_NEW");
            assertThat(Sheets.text(sum.getRow(Sheets.find(sum, "合计")), c)).isEqualTo("3");
        }
    }
}
