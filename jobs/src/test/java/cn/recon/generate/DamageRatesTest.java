package cn.recon.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.recon.generate.ExtractFiles.DataRow;
import cn.recon.person.IdNumber;
import cn.recon.person.PersonName;
import cn.recon.person.Quarter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With high damage rates, the damage seen in the files is close to what was configured. */
class DamageRatesTest {

    private static final DamageRates RATES = new DamageRates(0.05, 0.05, 0.05, 0.3, 0.1, 0.03, 0.1, 0.5, 0.2, 0.1,
            0.1, 0.5, 0.4, 0.5, 0.3, 0.05, 0.05, 0.2, 0.05, 0.05);

    @TempDir
    static Path out;
    static GeneratedQuarter g;

    @BeforeAll
    static void generate() throws IOException {
        Quarter q = Quarter.parse("2026Q2");
        CountyGenerator.generate(new GenerateSettings("532822", 3000, q, 1, 11L, out).withDamage(RATES));
        g = new GeneratedQuarter(out, q);
    }

    @Test
    void rosterIdsAreOftenBlankSometimesMistypedOrAParentsOldNumber() {
        int rows = 0;
        int blank = 0;
        int fifteen = 0;
        int written = 0;
        int invalid = 0;
        int fullWidth = 0;
        for (DataRow r : g.roster.rows()) {
            DataRow truth = g.children.get(g.trueChild(g.rosterFile, r));
            if (truth.get("id_number").isEmpty() || r.get("是否登记户口").equals("否")) {
                assertThat(r.get("身份证号")).isEmpty();
                continue;
            }
            rows++;
            String id = r.get("身份证号");
            if (id.isEmpty()) {
                blank++;
            } else if (id.length() == 15) {
                fifteen++;
            } else {
                written++;
                invalid += IdNumber.parse(id).isValid() ? 0 : 1;
                fullWidth += id.charAt(0) >= '\uFF10' ? 1 : 0;
                assertThat(IdNumber.parse(id).isValid()).isEqualTo(IdNumber.normalize(id).equals(truth.get("id_number")));
            }
        }
        assertRate("blank roster IDs", blank, rows, 0.3);
        assertRate("15-digit parent IDs", fifteen, rows, 0.03);
        assertRate("mistyped roster IDs", invalid, written, 0.15);
        assertRate("full-width roster IDs", fullWidth, written, 0.1);
    }

    @Test
    void theHukouExtractGetsAQuarterOfTheIdDamageAndTheUsualDateAndSexDamage() {
        int rows = 0;
        int invalid = 0;
        int otherForm = 0;
        int numericSex = 0;
        for (DataRow r : g.hukou.rows()) {
            if (g.trueChild("hukou.csv", r).startsWith("A")) {
                continue;
            }
            rows++;
            invalid += IdNumber.parse(r.get("公民身份号码")).isValid() ? 0 : 1;
            otherForm += r.get("出生日期").matches("\\d{8}") ? 0 : 1;
            numericSex += r.get("性别").matches("[12]") ? 1 : 0;
        }
        assertRate("mistyped 户籍 IDs", invalid, rows, 0.15 * DamageRates.HUKOU_SHARE);
        assertRate("other date forms", otherForm, rows, 0.4);
        assertRate("sex as 1/2", numericSex, rows, 0.3);
    }

    @Test
    void namesAreMiswrittenAsConfigured() {
        int rows = 0;
        int homophone = 0;
        int traditional = 0;
        int spaced = 0;
        for (String file : List.of("roster", "school")) {
            List<DataRow> table = file.equals("roster") ? g.roster.rows() : g.school.rows();
            for (DataRow r : table) {
                String truth = g.children.get(g.trueChild(file.equals("roster") ? g.rosterFile : "school.xlsx", r))
                        .get("name");
                String raw = r.get("姓名");
                String norm = PersonName.normalize(raw);
                rows++;
                if (raw.indexOf(' ') >= 0 || raw.indexOf('\u3000') >= 0) {
                    spaced++;
                } else if (!norm.equals(truth)) {
                    assertThat(PersonName.pinyin(norm)).isEqualTo(PersonName.pinyin(truth));
                    homophone++;
                } else if (!raw.equals(truth) && raw.indexOf('\u00B7') < 0 && truth.indexOf('\u00B7') < 0) {
                    traditional++;
                }
            }
        }
        assertRate("homophones", homophone, rows, 0.2);
        assertRate("spaces", spaced, rows, 0.1);
        assertThat(traditional).isPositive();
        assertThat((double) traditional / rows).isLessThanOrEqualTo(0.1);
    }

    @Test
    void duplicatesAndVisitsWithoutKeyAppearAtTheirRates() {
        Map<String, Set<String>> rosterKeys = new HashMap<>();
        for (DataRow r : g.roster.rows()) {
            rosterKeys.computeIfAbsent(g.trueChild(g.rosterFile, r), k -> new HashSet<>()).add(r.get("儿童编号"));
        }
        Map<String, Set<String>> schoolKeys = new HashMap<>();
        for (DataRow r : g.school.rows()) {
            schoolKeys.computeIfAbsent(g.trueChild("school.xlsx", r), k -> new HashSet<>()).add(r.get("全国学籍号"));
        }
        assertRate("roster duplicates", rosterKeys.values().stream().filter(s -> s.size() > 1).count(),
                rosterKeys.size(), 0.05);
        assertRate("school duplicates", schoolKeys.values().stream().filter(s -> s.size() > 1).count(),
                schoolKeys.size(), 0.05);
        long noKey = g.visits.rows().stream().filter(r -> r.get("儿童编号").isEmpty()).count();
        assertRate("visits without 儿童编号", noKey, g.visits.rows().size(), 0.2);
        long fromRoster = g.roster.rows().stream().filter(r -> r.get("性别").matches("[12]")).count();
        assertRate("roster sex as 1/2", fromRoster, g.roster.rows().size(), 0.3);
    }

    @Test
    void someRosterAndSchoolRowsDisagreeOnBirthDateOrSex() {
        int rows = 0;
        int birth = 0;
        int sex = 0;
        for (String file : List.of(g.rosterFile, "school.xlsx")) {
            for (DataRow r : file.equals("school.xlsx") ? g.school.rows() : g.roster.rows()) {
                DataRow truth = g.children.get(g.trueChild(file, r));
                rows++;
                birth += ExtractFiles.date(r.get("出生日期")).toString().equals(truth.get("birth_date")) ? 0 : 1;
                String written = r.get("性别").equals("1") ? "男" : r.get("性别").equals("2") ? "女" : r.get("性别");
                sex += written.equals(truth.get("sex")) ? 0 : 1;
            }
        }
        assertRate("wrong birth dates", birth, rows, 0.05);
        assertRate("wrong sex", sex, rows, 0.05);
    }

    @Test
    void schoolDatesAreRealExcelDatesAtTheConfiguredRate() throws IOException {
        int rows = 0;
        int excel = 0;
        try (Workbook wb = WorkbookFactory.create(out.resolve("2026Q2/school.xlsx").toFile(), null, true)) {
            Sheet s = wb.getSheetAt(0);
            for (int i = 2; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                if (row == null || row.getCell(3) == null) {
                    continue;
                }
                rows++;
                excel += row.getCell(3).getCellType() == CellType.NUMERIC ? 1 : 0;
            }
        }
        assertRate("Excel dates", excel, rows, 0.5);
    }

    @Test
    void ratesOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> new DamageRates(0.5, 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .hasMessageContaining("add up to more than 1");
        assertThatThrownBy(() -> new DamageRates(-0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .hasMessageContaining("between 0 and 1");
    }

    /** Within three standard deviations (at least 0.015) of the expected share. */
    private static void assertRate(String what, long hits, long total, double expected) {
        assertThat(total).as(what + ": rows examined").isGreaterThan(100);
        double observed = (double) hits / total;
        double tolerance = Math.max(0.015, 3 * Math.sqrt(expected * (1 - expected) / total));
        assertThat(observed).as("%s: %d of %d", what, hits, total).isBetween(expected - tolerance, expected + tolerance);
    }
}
