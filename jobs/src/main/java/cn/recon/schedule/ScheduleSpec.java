package cn.recon.schedule;

import java.time.ZoneId;
import java.util.Objects;

/**
 * One schedule of {@code config/schedules.yml}: its name (the Quartz job and trigger name), the task it starts, its
 * Quartz cron expression in its time zone, its misfire policy and whether it is enabled.
 */
public record ScheduleSpec(String name, Task task, String cron, ZoneId zone, Misfire misfire, boolean enabled,
        String description) {

    public ScheduleSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(misfire, "misfire");
        description = description == null ? "" : description.strip();
    }
}
