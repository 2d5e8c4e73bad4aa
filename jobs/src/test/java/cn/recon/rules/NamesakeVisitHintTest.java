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
 * unlinked visit of that month may be theirs.
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
            var params = new IngestParameters(Quarter.parse("2026Q3"), Map.of(Source.ROSTER, roster,
                    Source.VISITS, visits), Map.of()).addTo(new JobParametersBuilder())
                    .addString("outDir", dir.resolve("out").toString()).toJobParameters();
            assertThat(ctx.getBean(JobRunner.class).run(ctx.getBean("quarterJob", Job.class), params).succeeded())
                    .isTrue();
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
}
