package cn.recon.schedule;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quartz.CronExpression;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The schedules of {@code config/schedules.yml}, validated: every problem names the file, the schedule and the field.
 * <pre>
 * time-zone: Asia/Shanghai          # default for every schedule
 * schedules:
 *   inbox-ingest:                   # the schedule's name
 *     task: inbox-ingest            # optional, defaults to the name
 *     cron: "0 0 2 * * ?"
 *     misfire: fire-once-now
 *     enabled: true
 * </pre>
 */
public record ScheduleSettings(Path file, ZoneId zone, List<ScheduleSpec> schedules) {

    public ScheduleSettings {
        schedules = List.copyOf(schedules);
    }

    public Optional<ScheduleSpec> find(String name) {
        return schedules.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static ScheduleSettings load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": the schedules file does not exist (it is config/schedules.yml "
                    + "in the project folder)");
        }
        Object doc;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = new Yaml().load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(file + ": is not valid YAML (" + firstLine(e.getMessage()) + ")", e);
        }
        if (!(doc instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException(file + ": expected 'time-zone:' and 'schedules:' at the top level");
        }
        ZoneId zone = zone(file, "the file", root.get("time-zone"), ZoneId.of("Asia/Shanghai"));
        Object list = root.get("schedules");
        if (!(list instanceof Map<?, ?> byName) || byName.isEmpty()) {
            throw new IllegalArgumentException(file + ": no 'schedules:' section (one entry per schedule, by name)");
        }
        List<ScheduleSpec> specs = new ArrayList<>();
        for (Map.Entry<?, ?> e : new LinkedHashMap<>(byName).entrySet()) {
            specs.add(spec(file, String.valueOf(e.getKey()), e.getValue(), zone));
        }
        return new ScheduleSettings(file, zone, specs);
    }

    private static ScheduleSpec spec(Path file, String name, Object body, ZoneId defaultZone) {
        String where = file + ": schedule '" + name + "'";
        if (!name.matches("[a-z0-9][a-z0-9-]{0,60}")) {
            throw new IllegalArgumentException(where + ": a schedule name is lower-case letters, digits and '-'");
        }
        if (!(body instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(where + ": expected the fields cron, misfire, enabled below the name");
        }
        String taskKey = text(m.get("task"), name);
        Task task = Task.ofKey(taskKey);
        if (task == null) {
            throw new IllegalArgumentException(where + ", field 'task': '" + taskKey + "' is not a task (expected one "
                    + "of " + Task.keys() + ")");
        }
        String cron = text(m.get("cron"), null);
        if (cron == null) {
            throw new IllegalArgumentException(where + ": the field 'cron' is missing (e.g. cron: \"0 0 2 * * ?\")");
        }
        try {
            CronExpression.validateExpression(cron);
        } catch (java.text.ParseException x) {
            throw new IllegalArgumentException(where + ", field 'cron': '" + cron + "' is not a Quartz cron expression ("
                    + x.getMessage() + "; six or seven fields: second minute hour day-of-month month day-of-week "
                    + "[year], e.g. \"0 0 2 * * ?\")");
        }
        String misfireKey = text(m.get("misfire"), null);
        Misfire misfire = misfireKey == null ? null : Misfire.ofKey(misfireKey);
        if (misfire == null) {
            throw new IllegalArgumentException(where + ", field 'misfire': " + (misfireKey == null ? "missing"
                    : "'" + misfireKey + "' is not a policy") + " (expected fire-once-now, do-nothing or "
                    + "ignore-misfires)");
        }
        Object enabled = m.get("enabled");
        if (enabled != null && !(enabled instanceof Boolean)) {
            throw new IllegalArgumentException(where + ", field 'enabled': expected true or false, found '" + enabled
                    + "'");
        }
        ZoneId zone = zone(file, "schedule '" + name + "'", m.get("time-zone"), defaultZone);
        return new ScheduleSpec(name, task, cron, zone, misfire, enabled == null || (Boolean) enabled,
                text(m.get("description"), ""));
    }

    private static ZoneId zone(Path file, String where, Object value, ZoneId dflt) {
        if (value == null) {
            return dflt;
        }
        try {
            return ZoneId.of(String.valueOf(value).strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(file + ": " + where + ", field 'time-zone': '" + value + "' is not a "
                    + "time zone (e.g. Asia/Shanghai)");
        }
    }

    private static String text(Object v, String dflt) {
        if (v == null) {
            return dflt;
        }
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? dflt : s;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
