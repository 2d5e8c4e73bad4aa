package cn.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.ingest.IngestParameters;
import cn.recon.jobs.JobRunner;
import cn.recon.person.Quarter;
import cn.recon.source.Source;
import cn.recon.testing.Apps;
import cn.recon.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two roster children of one name in one village and a home visit logged under that name only: the visit cannot be
 * linked (it would be a guess), both children stay VISIT_OVERDUE, and the detail tells the supervisor that an
 * unlinked visit of that month may be theirs. When such visits outnumber half the namesakes left unvisited, the month
 * counts as visited for them all (the visits still unlinked).
 */
class NamesakeVisitHintTest {

    @TempDir
    Path dir;

    @Test
    void anUnlinkableNamesakeVisitIsPointedOutOnTheOverdueFlag() throws Exception {
        runAndCheck("岩温");
    }

    /** A visit typed with a character of the same sound (岩文 for 岩温) is pointed out the same way. */
    @Test
    void anUnlinkableVisitUnderASameSoundingNameIsPointedOutToo() throws Exception {
        runAndCheck("岩文");
    }

    /** Two unlinked visits for the two 岩温 who lack one: July counts as visited for both, the visits stay unlinked. */
    @Test
    void unlinkedVisitsAsManyAsTheUnvisitedNamesakesCountForThem() throws Exception {
        assertThat(runNamesakes(2, 2)).isEmpty();
    }

    /** Three 岩温 lack a July visit and one was logged: each is more likely unvisited than not, all stay flagged. */
    @Test
    void fewerUnlinkedVisitsThanHalfTheUnvisitedNamesakesLeaveEveryFlag() throws Exception {
        Map<String, String> flags = runNamesakes(3, 1);
        assertThat(flags).containsOnlyKeys("R1", "R2", "R3");
        assertThat(flags.get("R1")).contains("2026-07").contains("未能关联");
    }

    /**
     * 岩温 R1, R2 and R3 in one village, each with linked home visits in August and September; in July, R3's visit
     * is linked by its 儿童编号 unless {@code unvisited} is 3, and {@code unlinked} visits name only 岩温 and the
     * village. Returns the open VISIT_OVERDUE flags by roster key, after checking the unlinked visits are reported so.
     */
    /**
     * Flagged in 2026Q2 (no visit at all), the two 岩温 are visited in 2026Q3, July under the name alone: their flags
     * are RESOLVED, saying why.
     */
    @Test
    void aFlagFromLastQuarterIsResolvedWhenTheUnlinkedVisitsAccountForItsMonths() throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "儿童编号,姓名,性别,出生日期,乡镇（街道）,村（社区）,儿童类别,监护方式,委托监护确认书,在册状态,登记日期\n"
                + "R1,岩温,男,2011-03-01,勐混镇,曼国村,农村留守儿童,委托监护,已签订,在册,2025-01-01\n"
                + "R2,岩温,男,2013-06-14,勐混镇,曼国村,农村留守儿童,委托监护,已签订,在册,2025-01-01\n",
                StandardCharsets.UTF_8);
        Path none = dir.resolve("visits-q2.csv");
        Files.writeString(none, "儿童编号,姓名,乡镇（街道）,村（社区）,走访日期,走访方式\n", StandardCharsets.UTF_8);
        Path visits = dir.resolve("visits-q3.csv");
        Files.writeString(visits, "儿童编号,姓名,乡镇（街道）,村（社区）,走访日期,走访方式\n"
                + "R1,岩温,勐混镇,曼国村,2026-08-11,入户走访\nR1,岩温,勐混镇,曼国村,2026-09-11,入户走访\n"
                + "R2,岩温,勐混镇,曼国村,2026-08-12,入户走访\nR2,岩温,勐混镇,曼国村,2026-09-12,入户走访\n"
                + ",岩温,勐混镇,曼国村,2026-07-01,入户走访\n,岩温,勐混镇,曼国村,2026-07-02,入户走访\n",
                StandardCharsets.UTF_8);
        try (var ctx = Apps.start(TestDatabases.h2(dir))) {
            for (String q : List.of("2026Q2", "2026Q3")) {
                runQuarter(ctx, q, roster, q.equals("2026Q2") ? none : visits);
            }
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT status FROM flag WHERE quarter = '2026Q2' AND code = "
                    + "'VISIT_OVERDUE'", String.class)).containsExactly("NEW", "NEW");
            assertThat(jdbc.queryForList("SELECT status || ' ' || detail FROM flag WHERE quarter = '2026Q3' AND "
                    + "code = 'VISIT_OVERDUE'", String.class)).hasSize(2).allSatisfy(d -> assertThat(d)
                            .startsWith("RESOLVED ").endsWith(NamesakeVisitsTasklet.NOTE));
            assertThat(jdbc.queryForList("SELECT visit_done FROM child_state WHERE quarter = '2026Q3' AND "
                    + "visit_required <> 0", Integer.class)).containsExactly(7, 7);
        }
    }

    private static final String[] BIRTHS = {"2011-03-01", "2013-06-14", "2015-09-27"};

    private Map<String, String> runNamesakes(int unvisited, int unlinked) throws Exception {
        Path roster = dir.resolve("roster.csv");
        StringBuilder r = new StringBuilder("儿童编号,姓名,性别,出生日期,乡镇（街道）,村（社区）,儿童类别,监护方式,委托监护确认书,"
                + "在册状态,登记日期\n");
        StringBuilder v = new StringBuilder("儿童编号,姓名,乡镇（街道）,村（社区）,走访日期,走访方式\n");
        for (int i = 1; i <= 3; i++) {
            r.append("R").append(i).append(",岩温,男,").append(BIRTHS[i - 1]).append(",勐混镇,曼国村,农村留守儿童,委托监护,已签订,在册,"
                    + "2025-01-01\n");
            v.append("R").append(i).append(",岩温,勐混镇,曼国村,2026-08-1").append(i).append(",入户走访\n");
            v.append("R").append(i).append(",岩温,勐混镇,曼国村,2026-09-1").append(i).append(",入户走访\n");
        }
        if (unvisited < 3) {
            v.append("R3,岩温,勐混镇,曼国村,2026-07-20,入户走访\n");
        }
        for (int i = 1; i <= unlinked; i++) {
            v.append(",岩温,勐混镇,曼国村,2026-07-0").append(i).append(",入户走访\n");
        }
        Files.writeString(roster, r, StandardCharsets.UTF_8);
        Path visits = dir.resolve("visits.csv");
        Files.writeString(visits, v, StandardCharsets.UTF_8);
        try (var ctx = Apps.start(TestDatabases.h2(dir))) {
            runQuarter(ctx, "2026Q3", roster, visits);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM child_link WHERE source = 'visits' AND method = "
                    + "'unlinked'", Integer.class)).isEqualTo(unlinked);
            Map<String, String> out = new java.util.TreeMap<>();
            jdbc.query("SELECT l.source_key, f.detail FROM flag f JOIN child_link l ON l.child_id = f.child_id AND "
                    + "l.source = 'roster' WHERE f.code = 'VISIT_OVERDUE' AND f.status <> 'RESOLVED'",
                    rs -> {
                        out.put(rs.getString(1), rs.getString(2));
                    });
            return out;
        }
    }

    private void runAndCheck(String visitName) throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, String.join("\n",
                "儿童编号,姓名,性别,出生日期,乡镇（街道）,村（社区）,儿童类别,监护方式,委托监护确认书,在册状态,登记日期",
                "R1,岩温,男,2016-03-01,勐混镇,曼国村,农村留守儿童,委托监护,已签订,在册,2025-01-01",
                "R2,岩温,男,2018-07-09,勐混镇,曼国村,农村留守儿童,委托监护,已签订,在册,2025-01-01",
                "R3,玉香,女,2017-05-05,勐混镇,曼国村,农村留守儿童,委托监护,已签订,在册,2025-01-01"), StandardCharsets.UTF_8);
        Path visits = dir.resolve("visits.csv");
        Files.writeString(visits, String.join("\n",
                "儿童编号,姓名,乡镇（街道）,村（社区）,走访日期,走访方式",
                "," + visitName + ",勐混镇,曼国村,2026-07-15,入户走访",
                "R3,玉香,勐混镇,曼国村,2026-07-15,入户走访"), StandardCharsets.UTF_8);
        try (var ctx = Apps.start(TestDatabases.h2(dir))) {
            runQuarter(ctx, "2026Q3", roster, visits);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM child_link WHERE source = 'visits' AND method = "
                    + "'unlinked'", Integer.class)).isEqualTo(1);
            List<String> details = jdbc.queryForList("SELECT f.detail FROM flag f JOIN child_link l ON "
                    + "l.child_id = f.child_id AND l.source = 'roster' WHERE f.code = 'VISIT_OVERDUE' AND "
                    + "l.source_key IN ('R1', 'R2') ORDER BY l.source_key", String.class);
            assertThat(details).hasSize(2).allSatisfy(d -> assertThat(d).contains("2026-07").contains("未能关联"));
            String other = jdbc.queryForObject("SELECT f.detail FROM flag f JOIN child_link l ON l.child_id = "
                    + "f.child_id AND l.source = 'roster' WHERE f.code = 'VISIT_OVERDUE' AND l.source_key = 'R3'",
                    String.class);
            assertThat(other).doesNotContain("未能关联");
        }
    }

    /** Runs the quarterly job of {@code quarter} on a roster and a visit log, and checks it succeeded. */
    private void runQuarter(org.springframework.context.ApplicationContext ctx, String quarter, Path roster,
            Path visits) throws Exception {
        var params = new IngestParameters(Quarter.parse(quarter), Map.of(Source.ROSTER, roster, Source.VISITS,
                visits), Map.of()).addTo(new JobParametersBuilder())
                .addString("outDir", dir.resolve("out").toString()).toJobParameters();
        assertThat(ctx.getBean(JobRunner.class).run(ctx.getBean("quarterJob", Job.class), params).succeeded())
                .isTrue();
    }
}
