package cn.recon.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/** The job parameters of the nightly and quarterly runs, and the firing of a job that does not exist (yet). */
class ScheduledTasksTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-01-05 03:00 in Shanghai is still 4 January in UTC. */
    private static final Instant JAN5_0300 = Instant.parse("2026-01-04T19:00:00Z");

    private static ScheduledTasks tasks(GenericApplicationContext ctx, int graceDays) {
        return new ScheduledTasks(null, null, ctx, new NightlyQuarter(graceDays), Path.of("out"));
    }

    @Test
    void parametersFollowTheShanghaiCalendar() {
        try (GenericApplicationContext ctx = new GenericApplicationContext()) {
            ctx.refresh();
            FireInfo fire = new FireInfo(JAN5_0300, SHANGHAI, false, false);
            var quarterly = tasks(ctx, 0).quarterParameters(fire);
            assertThat(quarterly.getString("quarter")).isEqualTo("2025Q4");
            assertThat(quarterly.getParameter("outDir").identifying()).isFalse();
            assertThat(Path.of(quarterly.getString("outDir")).isAbsolute()).isTrue();
            assertThat(quarterly.getString("outDir")).endsWith("/out");
            var refresh = tasks(ctx, 0).refreshParameters(fire);
            assertThat(refresh.getString("quarter")).isEqualTo("2026Q1");
            assertThat(refresh.getString("day")).isEqualTo("2026-01-05");
            assertThat(refresh.getString("run")).isNull();
            assertThat(tasks(ctx, 5).refreshParameters(fire).getString("quarter")).isEqualTo("2025Q4");
            assertThat(tasks(ctx, 0).refreshParameters(new FireInfo(JAN5_0300, SHANGHAI, true, false))
                    .getString("run")).isEqualTo(JAN5_0300.toString());
        }
    }

    @Test
    void firingAJobThatIsNotBuiltFailsWithAPlainMessage() throws Exception {
        try (GenericApplicationContext ctx = new GenericApplicationContext()) {
            ctx.refresh();
            FireInfo fire = new FireInfo(JAN5_0300, SHANGHAI, false, false);
            TaskResult r = tasks(ctx, 0).run(Task.QUARTERLY_RECONCILIATION, fire);
            assertThat(r.status()).isEqualTo(TaskResult.Status.FAILED);
            assertThat(r.summary()).contains("'quarterJob' is not part of this version of recon");
            assertThat(tasks(ctx, 0).run(Task.STATUS_REFRESH, fire).summary()).contains("'refreshJob'");
        }
    }
}
