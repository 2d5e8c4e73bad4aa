package cn.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.ingest.IngestParameters;
import cn.recon.jobs.JobRunner;
import cn.recon.person.IdNumber;
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
 * A roster row and a 户籍 record that may be the same child (one character of the name differs, same birth date and
 * parents: the pattern of siblings, so never linked without a data officer) stay two children while the pair waits
 * in the review queue; the flags of both say so, naming the item and the other child.
 */
class OpenReviewHintTest {

    @TempDir
    Path dir;

    @Test
    void theFlagsOfBothChildrenOfAnOpenPairNameTheReviewItem() throws Exception {
        String first17 = "532822201211200" + "71";
        String id = first17 + IdNumber.checkCharacter(first17);
        Path hukou = dir.resolve("hukou.csv");
        Files.writeString(hukou, String.join("\n",
                "公民身份号码,姓名,性别,出生日期,民族,乡镇街道,村居委会,人员状态,父亲姓名,母亲姓名",
                id + ",郑子墨,男,20121120,汉族,勐混镇,曼国村,正常,郑海,冯雪"), StandardCharsets.UTF_8);
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, String.join("\n",
                "儿童编号,姓名,性别,出生日期,乡镇（街道）,村（社区）,儿童类别,监护方式,委托监护确认书,在册状态,登记日期,监护人姓名",
                "R1,郑子豪,男,2012-11-20,勐混镇,曼国村,农村留守儿童,委托监护,已签订,在册,2025-01-01,郑海"),
                StandardCharsets.UTF_8);
        try (var ctx = Apps.start(TestDatabases.h2(dir))) {
            var params = new IngestParameters(Quarter.parse("2026Q3"), Map.of(Source.HUKOU, hukou, Source.ROSTER,
                    roster), Map.of()).addTo(new JobParametersBuilder())
                    .addString("outDir", dir.resolve("out").toString()).toJobParameters();
            assertThat(ctx.getBean(JobRunner.class).run(ctx.getBean("quarterJob", Job.class), params).succeeded())
                    .isTrue();
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            Map<String, Object> item = jdbc.queryForMap("SELECT item_id, child_a, child_b FROM review_item WHERE "
                    + "status = 'OPEN'");
            String a = (String) item.get("child_a");
            String b = (String) item.get("child_b");
            assertThat(a).isNotNull().isNotEqualTo(b);
            assertThat(b).isNotNull();
            String rosterChild = jdbc.queryForObject("SELECT child_id FROM child_link WHERE source = 'roster'",
                    String.class);
            assertThat(List.of(a, b)).contains(rosterChild);
            String hukouChild = rosterChild.equals(a) ? b : a;
            List<String> details = jdbc.queryForList("SELECT detail FROM flag WHERE child_id = ?", String.class,
                    rosterChild);
            assertThat(details).isNotEmpty().allSatisfy(d -> assertThat(d).contains("待复核")
                    .contains(hukouChild).contains("复核项 #" + item.get("item_id")));
        }
    }
}
