package cn.recon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.generate.ExtractFiles.DataRow;
import cn.recon.person.Divisions;
import cn.recon.person.Quarter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated province: its counties' children in one set of extracts, with a truth as sound as a county's. */
class ProvinceGeneratorTest {

    private static final Quarter Q2 = Quarter.parse("2026Q2");

    @TempDir
    static Path out;
    static GeneratedQuarter first;
    static GeneratedQuarter second;

    @BeforeAll
    static void generate() throws IOException {
        ProvinceGenerator.generate("53", 6000, Q2, 2, 7L, out);
        first = new GeneratedQuarter(out, Q2);
        second = new GeneratedQuarter(out, Q2.next());
    }

    @Test
    void childrenAreSharedOutAmongTheCountiesByTheirVillages() {
        var villages = Divisions.villagesByCounty("53");
        int[] shares = ProvinceGenerator.shares(villages, 6000);
        assertThat(Arrays.stream(shares).sum()).isEqualTo(6000);
        assertThat(villages).hasSizeGreaterThan(100);
        Set<String> counties = first.hukou.rows().stream().map(r -> r.get("行政区划代码"))
                .filter(c -> c.length() == 12).map(c -> c.substring(0, 6)).collect(Collectors.toSet());
        assertThat(counties).hasSizeGreaterThan(100).allMatch(c -> c.startsWith("53"));
        assertThat(first.school.title()).isEqualTo("云南省义务教育阶段学生名册");
    }

    @Test
    void everyRowLinksToItsChildAndTrueIdsNameTheirCounty() {
        for (GeneratedQuarter g : List.of(first, second)) {
            int rows = CountyGeneratorTest.checkLinks(g, "hukou", "hukou.csv", g.hukou, "公民身份号码")
                    + CountyGeneratorTest.checkLinks(g, "school", "school.xlsx", g.school, "全国学籍号")
                    + CountyGeneratorTest.checkLinks(g, "roster", g.rosterFile, g.roster, "儿童编号")
                    + CountyGeneratorTest.checkLinks(g, "visits", "visits.csv", g.visits, null);
            assertThat(g.links.rows()).hasSize(rows);
            assertThat(g.children.keySet()).allMatch(id -> id.matches("C\\d{7}-53\\d{4}"));
        }
    }

    @Test
    void noCitizenIdIsIssuedTwiceAcrossCounties() {
        Map<String, String> owner = new HashMap<>();
        for (DataRow c : first.children.values()) {
            String id = c.get("id_number");
            if (!id.isEmpty()) {
                assertThat(owner.put(id, c.get("true_child"))).as(id).isNull();
            }
        }
        assertThat(owner).hasSizeGreaterThan(5000);
    }

    @Test
    void truthFlagsAgreeWithAnIndependentReadingOfTheFiles() {
        for (GeneratedQuarter g : List.of(first, second)) {
            Set<String> truth = new TreeSet<>();
            for (DataRow f : g.flags.rows()) {
                truth.add(f.get("true_child") + "|" + f.get("flag"));
            }
            assertThat(truth).isNotEmpty().isEqualTo(FlagCrossCheck.flags(g));
        }
    }
}
