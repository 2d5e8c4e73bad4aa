package cn.recon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.generate.CountyGenerator;
import cn.recon.generate.GenerateSettings;
import cn.recon.ingest.IngestParameters;
import cn.recon.person.Quarter;
import cn.recon.source.ExtractFolder;
import cn.recon.source.Source;
import cn.recon.testing.Apps;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole quarterly run (ingest → match → flag → report) through Spring Batch on a generated county, two quarters
 * in a row, scored against the generator's truth. Subclasses say which database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QuarterRunContract {

    static final Quarter Q2 = Quarter.parse("2026Q2");
    static final Quarter Q3 = Quarter.parse("2026Q3");

    @TempDir
    static Path dir;

    ConfigurableApplicationContext ctx;
    Path data;
    Path out;

    abstract Map<String, Object> database(Path dir);

    @BeforeAll
    void runTwoQuarters() throws Exception {
        data = dir.resolve("county");
        out = dir.resolve("out");
        CountyGenerator.generate(new GenerateSettings("610330", 2500, Q2, 2, 7L, data));
        ctx = Apps.start(database(dir));
        for (Quarter q : List.of(Q2, Q3)) {
            Path qd = data.resolve(q.toString());
            Map<Source, Path> files = ExtractFolder.extracts(qd);
            var params = new IngestParameters(q, files, Map.of()).addTo(new JobParametersBuilder())
                    .addString("outDir", out.toString()).toJobParameters();
            var outcome = ctx.getBean(JobRunner.class).run(ctx.getBean("quarterJob", Job.class), params);
            assertThat(outcome.execution().getStatus()).as(outcome.execution().getAllFailureExceptions().toString())
                    .isEqualTo(BatchStatus.COMPLETED);
        }
    }

    @AfterAll
    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    Path output(Quarter q, String file) {
        return out.resolve(q.toString()).resolve(file);
    }

    Path truth(Quarter q, String file) {
        return data.resolve(q.toString()).resolve("truth").resolve(file);
    }

    @Test
    void everyIngestedRowIsInLinksCsvAndMatchingAgreesWithTheTruth() throws Exception {
        Map<String, String> truth = Truth.links(truth(Q3, "links.csv"), "true_child");
        Map<String, String> predicted = new HashMap<>();
        Truth.read(output(Q3, "links.csv"), r -> predicted.put(Truth.row(r), r.get("child_id")));
        long expected = truth.entrySet().stream().filter(e -> !e.getValue().startsWith("A")).count();
        long totalsRows = 1;   // the 学籍 workbook's totals row is skipped, not a record
        assertThat((long) predicted.size()).isGreaterThanOrEqualTo(expected - totalsRows).isLessThanOrEqualTo(expected);
        Truth.Score s = Truth.pairwise(predicted, truth);
        System.out.println("pairwise matching 2026Q3: " + s);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void coreFlagsAgreeWithTheTruth() throws Exception {
        Map<String, String> predicted = Truth.links(output(Q3, "links.csv"), "child_id");
        Map<String, String> childMap = Truth.childMap(predicted, Truth.links(truth(Q3, "links.csv"), "true_child"));
        for (String code : List.of("OUT_OF_SCHOOL", "DROPOUT", "UNREGISTERED", "VISIT_OVERDUE")) {
            Truth.Score s = Truth.flags(output(Q3, "flags.csv"), truth(Q3, "flags.csv"), code, childMap);
            System.out.println(code + " 2026Q3: " + s);
            assertThat(s.recall()).as(code + " recall").isGreaterThanOrEqualTo(0.99);
            assertThat(s.precision()).as(code + " precision").isGreaterThanOrEqualTo(0.99);
        }
    }

    @Test
    void childrenKeepTheirIdsAndFlagsCarryTheirStatusAcrossQuarters() throws Exception {
        Map<String, String> q2 = Truth.links(output(Q2, "links.csv"), "child_id");
        Map<String, String> q3 = Truth.links(output(Q3, "links.csv"), "child_id");
        Map<String, String> t2 = Truth.childMap(q2, Truth.links(truth(Q2, "links.csv"), "true_child"));
        Map<String, String> t3 = Truth.childMap(q3, Truth.links(truth(Q3, "links.csv"), "true_child"));
        Map<String, String> byTruth2 = new HashMap<>();
        t2.forEach((child, trueChild) -> byTruth2.put(trueChild, child));
        long same = t3.entrySet().stream().filter(e -> e.getKey().equals(byTruth2.get(e.getValue()))).count();
        long both = t3.values().stream().filter(byTruth2::containsKey).count();
        assertThat((double) same / both).as("children of both quarters keeping their id").isGreaterThanOrEqualTo(0.995);

        List<String> statuses = Truth.column(output(Q3, "flags.csv"), "status");
        assertThat(statuses).contains("NEW", "PERSISTING", "RESOLVED");
        assertThat(Truth.column(output(Q2, "flags.csv"), "status")).containsOnly("NEW");
    }

    @Test
    void theWorkbooksOpenAndTheirSheetsAgreeWithFlagsCsv() throws Exception {
        long[] open = new long[1];
        Truth.read(output(Q3, "flags.csv"), r -> open[0] += r.get("flag").equals("DROPOUT")
                && !r.get("status").equals("RESOLVED") ? 1 : 0);
        long dropouts = open[0];   // the per-code sheet lists the open flags; RESOLVED ones are on 变化
        try (InputStream in = Files.newInputStream(output(Q3, "季度比对分析报告-2026Q3.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("汇总");
            assertThat(wb.getSheet("辍学")).isNotNull();
            assertThat(wb.getSheet("说明")).isNotNull();
            // title, subtitle and header rows above the children
            assertThat((long) wb.getSheet("辍学").getLastRowNum() - 2).isEqualTo(dropouts);
        }
        for (String f : List.of("辍学失学名单-2026Q3.xlsx", "无户籍名单-2026Q3.xlsx", "未按期走访名单-2026Q3.xlsx")) {
            try (InputStream in = Files.newInputStream(output(Q3, f)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getNumberOfSheets()).isGreaterThanOrEqualTo(1);
                boolean fullIds = false;
                for (var row : wb.getSheetAt(0)) {
                    for (var cell : row) {
                        fullIds |= cell.toString().matches(".*\\d{17}[\\dX].*");
                    }
                }
                // township supervisors get masked IDs; the education bureau needs them in full (config defaults)
                if (f.startsWith("未按期走访")) {
                    assertThat(fullIds).as(f + " shows no full citizen ID").isFalse();
                } else if (f.startsWith("辍学失学")) {
                    assertThat(fullIds).as(f + " shows full citizen IDs").isTrue();
                }
            }
        }
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_audit WHERE quarter = '2026Q3'", Integer.class))
                .isEqualTo(7);
    }
}
