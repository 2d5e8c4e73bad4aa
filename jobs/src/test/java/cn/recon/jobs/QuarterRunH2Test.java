package cn.recon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.cli.Main;
import cn.recon.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The quarterly run on the embedded H2 database, and the data officer's commands on its result. */
class QuarterRunH2Test extends QuarterRunContract {

    @Override
    Map<String, Object> database(Path dir) {
        return TestDatabases.h2(dir);
    }

    @Test
    void explainShowsHowAChildsRecordsWereJoinedAndReviewDecisionsAreStored() throws Exception {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        String child = jdbc.queryForObject("SELECT MIN(child_id) FROM child_link WHERE quarter = '2026Q3' AND method = "
                + "'probabilistic'", String.class);
        String out = cli("explain", child);
        assertThat(out).contains("Child " + child).contains("joined by probabilistic").contains("evidence:");
        assertThat(out).doesNotContainPattern("\\d{17}[\\dX]");   // IDs masked by default

        Long item = jdbc.queryForObject("SELECT MIN(item_id) FROM review_item WHERE status = 'OPEN'", Long.class);
        if (item != null) {
            assertThat(cli("review", "list")).contains("#" + item);
            assertThat(cli("review", "reject", item.toString())).contains("rejected");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_decision", Integer.class)).isEqualTo(1);
        }
        assertThat(run("review", "accept", "999999")).isEqualTo(2);   // no such item: bad usage
    }

    @Test
    void theScheduledJobsRunOnTheExtractsAlreadyLoaded() throws Exception {
        // what the scheduler starts: the nightly refresh (match + flag) and the quarterly run without new files
        JobRunner runner = ctx.getBean(JobRunner.class);
        var refresh = new org.springframework.batch.core.job.parameters.JobParametersBuilder()
                .addString("quarter", "2026Q3").addString("day", "2026-10-01").toJobParameters();
        assertThat(runner.run(ctx.getBean("refreshJob", org.springframework.batch.core.job.Job.class), refresh)
                .succeeded()).isTrue();
        Path again = dir.resolve("scheduled-out");
        var quarterly = new org.springframework.batch.core.job.parameters.JobParametersBuilder()
                .addString("quarter", "2026Q3").addString("outDir", again.toString()).toJobParameters();
        assertThat(runner.run(ctx.getBean("quarterJob", org.springframework.batch.core.job.Job.class), quarterly)
                .succeeded()).isTrue();
        assertThat(Truth.column(again.resolve("2026Q3/flags.csv"), "flag"))
                .hasSameSizeAs(Truth.column(output(Q3, "flags.csv"), "flag"));
    }

    private String cli(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(run(args)).isZero();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** Runs a command against this test's database (system properties win over config/application.yml). */
    private int run(String... args) {
        System.setProperty("spring.datasource.url", ctx.getEnvironment().getProperty("spring.datasource.url"));
        try {
            return Main.execute(args);
        } finally {
            System.clearProperty("spring.datasource.url");
        }
    }
}
