package cn.recon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.generate.ExtractFiles.DataRow;
import cn.recon.generate.ExtractFiles.Table;
import cn.recon.person.PersonName;
import cn.recon.person.Quarter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountyGeneratorTest {

    private static final Quarter Q2 = Quarter.parse("2026Q2");
    private static final Quarter Q3 = Quarter.parse("2026Q3");

    @TempDir
    static Path out;
    static GenerateSummary summary;
    static GeneratedQuarter first;
    static GeneratedQuarter second;

    @BeforeAll
    static void generate() throws IOException {
        summary = CountyGenerator.generate(new GenerateSettings("532823", 1500, Q2, 2, 7L, out));
        first = new GeneratedQuarter(out, Q2);
        second = new GeneratedQuarter(out, Q3);
    }

    @Test
    void sameSeedGivesIdenticalBytes(@TempDir Path again) throws IOException {
        CountyGenerator.generate(new GenerateSettings("532823", 1500, Q2, 2, 7L, again));
        List<Path> files = files(out);
        assertThat(files).hasSize(14).isEqualTo(files(again));
        for (Path f : files) {
            boolean same = Arrays.equals(Files.readAllBytes(again.resolve(f)), Files.readAllBytes(out.resolve(f)));
            assertThat(same).as("%s has the same bytes in both runs", f).isTrue();
        }
    }

    @Test
    void anotherSeedGivesAnotherCounty(@TempDir Path other) throws IOException {
        CountyGenerator.generate(new GenerateSettings("532823", 1500, Q2, 1, 8L, other));
        boolean same = Arrays.equals(Files.readAllBytes(other.resolve("2026Q2/hukou.csv")),
                Files.readAllBytes(out.resolve("2026Q2/hukou.csv")));
        assertThat(same).as("hukou.csv of another seed is another file").isFalse();
    }

    @Test
    void filesHaveTheReferenceLayouts() throws IOException {
        assertThat(first.hukou.header()).containsExactly("公民身份号码", "姓名", "性别", "出生日期", "民族", "户号",
                "与户主关系", "户籍地址", "乡镇街道", "村居委会", "行政区划代码", "人员状态", "注销日期", "父亲姓名",
                "父亲公民身份号码", "母亲姓名", "母亲公民身份号码");
        assertThat(first.school.title()).isEqualTo("勐腊县义务教育阶段学生名册");
        assertThat(first.school.header()).containsExactly("全国学籍号", "姓名", "性别", "出生日期", "身份证件类型",
                "身份证件号", "民族", "学校标识码", "学校名称", "学校所在地区划", "年级", "班级", "学籍状态",
                "状态变动日期", "户口所在地", "监护人姓名", "是否留守儿童");
        for (GeneratedQuarter g : List.of(first, second)) {
            assertThat(g.roster.header()).startsWith("儿童编号", "姓名", "性别", "身份证号", "出生日期")
                    .contains("是否登记户口", "乡镇（街道）", "村（社区）", "区划代码", "儿童类别", "困境类型", "父亲状况",
                            "母亲状况", "监护方式", "监护情况", "委托监护确认书", "就学状态", "儿童主任", "最近走访日期",
                            "登记日期", "在册状态", "退出日期");
            assertThat(g.visits.header()).containsExactly("儿童编号", "身份证号", "姓名", "乡镇（街道）", "村（社区）",
                    "走访日期", "走访方式", "走访人", "走访人类别", "发现问题", "处置情况");
        }
        assertThat(first.rosterFile).isEqualTo("roster.xlsx");
        assertThat(second.rosterFile).isEqualTo("roster.csv");
        byte[] visits = Files.readAllBytes(out.resolve("2026Q2/visits.csv"));
        assertThat(visits).startsWith(0xEF, 0xBB, 0xBF);
        byte[] hukou = Files.readAllBytes(out.resolve("2026Q2/hukou.csv"));
        assertThat(new String(hukou, StandardCharsets.UTF_8)).contains("\uFFFD");
        assertThat(Files.readString(out.resolve("2026Q3/roster.csv"), StandardCharsets.UTF_8)).startsWith("儿童编号\t姓名");
        try (Workbook wb = WorkbookFactory.create(out.resolve("2026Q2/school.xlsx").toFile(), null, true)) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getMergedRegions()).anyMatch(m -> m.getFirstRow() == 0 && m.getLastColumn() == 16);
            var last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("共" + first.school.rows().size() + "人");
        }
    }

    @Test
    void everyDataRowHasExactlyOneLinkToTheRightChild() {
        for (GeneratedQuarter g : List.of(first, second)) {
            int rows = 0;
            rows += checkLinks(g, "hukou", "hukou.csv", g.hukou, "公民身份号码");
            rows += checkLinks(g, "school", "school.xlsx", g.school, "全国学籍号");
            rows += checkLinks(g, "roster", g.rosterFile, g.roster, "儿童编号");
            rows += checkLinks(g, "visits", "visits.csv", g.visits, null);
            assertThat(g.links.rows()).hasSize(rows);
            Set<String> positions = g.links.rows().stream().map(l -> l.get("file") + "#" + l.get("line"))
                    .collect(Collectors.toSet());
            assertThat(positions).hasSize(rows);
            assertThat(summary.rows(g.quarter, "hukou")).isEqualTo(g.hukou.rows().size());
            assertThat(summary.rows(g.quarter, "school")).isEqualTo(g.school.rows().size());
        }
    }

    static int checkLinks(GeneratedQuarter g, String source, String file, Table t, String keyColumn) {
        assertThat(t.rows()).isNotEmpty();
        for (DataRow r : t.rows()) {
            DataRow l = g.link(file, r);
            assertThat(l).as(file + " line " + r.line()).isNotNull();
            assertThat(l.get("source")).isEqualTo(source);
            assertThat(l.get("source_key")).isEqualTo(keyColumn == null ? "" : r.get(keyColumn));
            String who = l.get("true_child");
            if (who.startsWith("A")) {
                assertThat(source).isEqualTo("hukou");
                continue;
            }
            DataRow truth = g.children.get(who);
            assertThat(truth).as(who).isNotNull();
            String written = PersonName.pinyin(PersonName.normalize(r.get("姓名")));
            assertThat(written).as(file + " line " + r.line()).isEqualTo(PersonName.pinyin(truth.get("name")));
        }
        return t.rows().size();
    }

    @Test
    void truthFlagsAgreeWithAnIndependentReadingOfTheFiles() {
        Set<String> seen = new HashSet<>();
        for (GeneratedQuarter g : List.of(first, second)) {
            Set<String> truth = new TreeSet<>();
            for (DataRow f : g.flags.rows()) {
                truth.add(f.get("true_child") + "|" + f.get("flag"));
                seen.add(f.get("flag"));
            }
            assertThat(truth).isEqualTo(FlagCrossCheck.flags(g));
        }
        assertThat(seen).containsExactlyInAnyOrder("OUT_OF_SCHOOL", "DROPOUT", "UNREGISTERED", "VISIT_OVERDUE");
    }

    @Test
    void secondQuarterEvolvesFromTheFirst() {
        int same = 0;
        for (Map.Entry<String, DataRow> e : second.children.entrySet()) {
            DataRow before = first.children.get(e.getKey());
            if (before != null) {
                same++;
                assertThat(e.getValue().get("birth_date")).isEqualTo(before.get("birth_date"));
                assertThat(e.getValue().get("name")).isEqualTo(before.get("name"));
            }
        }
        assertThat(same).isGreaterThan(first.children.size() * 9 / 10);
        long births = second.children.values().stream()
                .filter(c -> c.get("birth_date").compareTo("2026-07-01") >= 0).count();
        assertThat(births).isPositive();
        Set<String> q2 = flagSet(first);
        Set<String> q3 = flagSet(second);
        assertThat(q2.stream().filter(f -> f.endsWith("DROPOUT") && !q3.contains(f))).isNotEmpty();
        assertThat(q3.stream().filter(f -> !q2.contains(f))).isNotEmpty();
        assertThat(second.school.rows()).anyMatch(r -> r.get("学籍状态").equals("毕业")
                && r.get("状态变动日期").startsWith("2026"));
    }

    @Test
    void namesRepeatAndFamiliesHaveTwinsAndSiblings() {
        Map<String, Long> perTownship = first.children.values().stream()
                .collect(Collectors.groupingBy(c -> c.get("township") + c.get("name"), Collectors.counting()));
        assertThat(perTownship.entrySet()).anyMatch(e -> e.getValue() >= 8
                && (e.getKey().endsWith("岩温") || e.getKey().endsWith("玉罕")));
        Map<String, List<String[]>> byParents = new HashMap<>();
        for (DataRow r : first.hukou.rows()) {
            if (!first.trueChild("hukou.csv", r).startsWith("A")) {
                byParents.computeIfAbsent(r.get("父亲公民身份号码") + r.get("母亲公民身份号码"), k -> new ArrayList<>())
                        .add(new String[] {first.trueChild("hukou.csv", r), r.get("出生日期")});
            }
        }
        boolean twins = false;
        boolean oneCharApart = false;
        for (List<String[]> family : byParents.values()) {
            for (int a = 0; a < family.size(); a++) {
                for (int b = a + 1; b < family.size(); b++) {
                    DataRow x = first.children.get(family.get(a)[0]);
                    DataRow y = first.children.get(family.get(b)[0]);
                    twins |= x.get("birth_date").equals(y.get("birth_date")) && !x.get("name").equals(y.get("name"));
                    oneCharApart |= differsByOne(x.get("name"), y.get("name"));
                }
            }
        }
        assertThat(twins).isTrue();
        assertThat(oneCharApart).isTrue();
        assertThat(first.links.rows()).anyMatch(l -> l.get("true_child").startsWith("A"));
    }

    @Test
    void registersTheVariedKindsOfChildren() {
        Map<String, Long> kinds = first.children.values().stream()
                .collect(Collectors.groupingBy(c -> c.get("kind"), Collectors.counting()));
        assertThat(kinds.keySet()).contains("local", "migrant", "unregistered", "schooled_elsewhere");
        assertThat(first.school.rows()).anyMatch(r -> r.get("全国学籍号").startsWith("L"));
        assertThat(first.school.rows()).anyMatch(r -> r.get("全国学籍号").startsWith("J"));
        assertThat(first.roster.rows()).anyMatch(r -> r.get("是否登记户口").equals("否"));
        assertThat(first.hukou.rows()).anyMatch(r -> r.get("人员状态").endsWith("注销") && !r.get("注销日期").isEmpty());
        Set<String> statuses = Stream.of(first, second).flatMap(g -> g.school.rows().stream())
                .map(r -> r.get("学籍状态")).collect(Collectors.toSet());
        assertThat(statuses).contains("在读", "辍学", "转出", "毕业", "延缓入学", "送教上门");
        assertThat(first.roster.rows()).anyMatch(r -> r.get("在册状态").equals("已退出"));
        assertThat(first.roster.rows()).anyMatch(r -> r.get("监护方式").equals("无人监护"));
    }

    private static boolean differsByOne(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int d = 0;
        for (int i = 0; i < a.length(); i++) {
            d += a.charAt(i) != b.charAt(i) ? 1 : 0;
        }
        return d == 1;
    }

    private static Set<String> flagSet(GeneratedQuarter g) {
        return g.flags.rows().stream().map(f -> f.get("true_child") + "|" + f.get("flag")).collect(Collectors.toSet());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
