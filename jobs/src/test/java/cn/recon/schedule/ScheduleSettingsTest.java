package cn.recon.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronExpression;

/** config/schedules.yml as shipped, and the messages of a wrong one. */
class ScheduleSettingsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void shippedFileHasTheThreeSchedulesAtTheAgreedTimes() throws Exception {
        ScheduleSettings s = ScheduleSettings.load(Path.of("config/schedules.yml"));
        assertThat(s.zone()).isEqualTo(SHANGHAI);
        assertThat(s.schedules()).extracting(ScheduleSpec::name)
                .containsExactly("inbox-ingest", "status-refresh", "quarterly-reconciliation");
        assertThat(s.schedules()).allSatisfy(x -> {
            assertThat(x.enabled()).isTrue();
            assertThat(x.misfire()).isNotNull();
        });
        ZonedDateTime from = ZonedDateTime.of(2026, 3, 31, 12, 0, 0, 0, SHANGHAI);
        assertThat(fires(s.find("inbox-ingest").orElseThrow(), from, 2))
                .containsExactly(from.withDayOfMonth(31).withHour(2).plusDays(1).withMinute(0),
                        from.withHour(2).plusDays(2).withMinute(0));
        assertThat(fires(s.find("status-refresh").orElseThrow(), from, 1).get(0).getHour()).isEqualTo(3);
        assertThat(fires(s.find("quarterly-reconciliation").orElseThrow(), from, 4)).containsExactly(
                ZonedDateTime.of(2026, 4, 5, 3, 0, 0, 0, SHANGHAI), ZonedDateTime.of(2026, 7, 5, 3, 0, 0, 0, SHANGHAI),
                ZonedDateTime.of(2026, 10, 5, 3, 0, 0, 0, SHANGHAI), ZonedDateTime.of(2027, 1, 5, 3, 0, 0, 0, SHANGHAI));
    }

    private static List<ZonedDateTime> fires(ScheduleSpec s, ZonedDateTime from, int n) throws Exception {
        CronExpression c = new CronExpression(s.cron());
        c.setTimeZone(TimeZone.getTimeZone(s.zone()));
        List<ZonedDateTime> out = new ArrayList<>();
        Date d = Date.from(from.toInstant());
        for (int i = 0; i < n; i++) {
            d = c.getNextValidTimeAfter(d);
            out.add(d.toInstant().atZone(s.zone()));
        }
        return out;
    }

    @Test
    void mistakesAreNamedWithScheduleAndField(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("schedules.yml");
        Files.writeString(f, "schedules:\n  inbox-ingest:\n    cron: \"0 0 2 * *\"\n    misfire: fire-once-now\n");
        assertThatThrownBy(() -> ScheduleSettings.load(f)).hasMessageContaining("schedule 'inbox-ingest'")
                .hasMessageContaining("field 'cron'").hasMessageContaining("0 0 2 * *");
        Files.writeString(f, "schedules:\n  inbox-ingest:\n    cron: \"0 0 2 * * ?\"\n    misfire: later\n");
        assertThatThrownBy(() -> ScheduleSettings.load(f)).hasMessageContaining("field 'misfire'")
                .hasMessageContaining("'later'").hasMessageContaining("fire-once-now, do-nothing or ignore-misfires");
        Files.writeString(f, "schedules:\n  nightly:\n    cron: \"0 0 2 * * ?\"\n    misfire: do-nothing\n");
        assertThatThrownBy(() -> ScheduleSettings.load(f)).hasMessageContaining("schedule 'nightly'")
                .hasMessageContaining("field 'task'").hasMessageContaining("inbox-ingest");
        Files.writeString(f, "time-zone: Mars/Olympus\nschedules:\n  inbox-ingest:\n    cron: \"0 0 2 * * ?\"\n"
                + "    misfire: do-nothing\n");
        assertThatThrownBy(() -> ScheduleSettings.load(f)).hasMessageContaining("'time-zone'")
                .hasMessageContaining("Mars/Olympus");
        assertThatThrownBy(() -> ScheduleSettings.load(dir.resolve("none.yml"))).hasMessageContaining("none.yml")
                .hasMessageContaining("does not exist");
    }

    @Test
    void taskDefaultsToTheNameAndEnabledToTrue(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("s.yml"), "schedules:\n  evening-inbox:\n    task: inbox-ingest\n"
                + "    cron: \"0 0 20 * * ?\"\n    misfire: do-nothing\n    time-zone: UTC\n"
                + "  status-refresh:\n    cron: \"0 0 3 * * ?\"\n    misfire: ignore-misfires\n    enabled: false\n");
        ScheduleSettings s = ScheduleSettings.load(f);
        assertThat(s.find("evening-inbox").orElseThrow().task()).isEqualTo(Task.INBOX_INGEST);
        assertThat(s.find("evening-inbox").orElseThrow().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(s.find("evening-inbox").orElseThrow().enabled()).isTrue();
        assertThat(s.find("status-refresh").orElseThrow().task()).isEqualTo(Task.STATUS_REFRESH);
        assertThat(s.find("status-refresh").orElseThrow().enabled()).isFalse();
        assertThat(s.find("status-refresh").orElseThrow().zone()).isEqualTo(SHANGHAI);
    }
}
