package cn.recon.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recent job executions with their parameters and summed step counts, read from Spring Batch's job repository tables
 * in three small queries (the repository's API has no "latest executions of any job").
 */
@Component
public class JobHistory {

    /**
     * One execution as {@code jobs list} shows it; {@code latestOfRun} is the newest execution of the same run (job
     * instance): this one, or the one that resumed it.
     */
    public record ExecutionRow(long id, String jobName, String status, String exitCode, LocalDateTime created,
            LocalDateTime start, LocalDateTime end, long read, long write, long skip, String exitMessage,
            Map<String, String> parameters, long latestOfRun) {
    }

    private final JdbcTemplate jdbc;

    public JobHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The latest executions, newest first.
     *
     * @param jobName only this job, or null for all
     * @param status  only this status (COMPLETED, FAILED, STOPPED, STARTED…), or null for all
     */
    public List<ExecutionRow> recent(int limit, String jobName, String status) {
        StringBuilder sql = new StringBuilder("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, "
                + "e.EXIT_MESSAGE, e.CREATE_TIME, e.START_TIME, e.END_TIME, e.JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (jobName != null) {
            sql.append(" AND i.JOB_NAME = ?");
            args.add(jobName);
        }
        if (status != null) {
            sql.append(" AND e.STATUS = ?");
            args.add(status);
        }
        sql.append(" ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ?");
        args.add(limit);
        List<Object[]> base = jdbc.query(sql.toString(), (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), time(rs, 6), time(rs, 7), time(rs, 8), rs.getLong(9)},
                args.toArray());
        if (base.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (Object[] r : base) {
            ids.add((Long) r[0]);
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.query("SELECT JOB_EXECUTION_ID, SUM(READ_COUNT), SUM(WRITE_COUNT), "
                + "SUM(READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT) FROM BATCH_STEP_EXECUTION "
                + "WHERE JOB_EXECUTION_ID IN (" + in + ") GROUP BY JOB_EXECUTION_ID",
                rs -> {
                    counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }, ids.toArray());
        Map<Long, Map<String, String>> params = new HashMap<>();
        jdbc.query("SELECT JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS "
                + "WHERE JOB_EXECUTION_ID IN (" + in + ") ORDER BY PARAMETER_NAME",
                rs -> {
                    params.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            rs.getString(3));
                }, ids.toArray());
        List<Object> instances = new ArrayList<>();
        for (Object[] r : base) {
            instances.add(r[8]);
        }
        Map<Long, Long> latest = new HashMap<>();
        jdbc.query("SELECT JOB_INSTANCE_ID, MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID IN ("
                + String.join(",", Collections.nCopies(instances.size(), "?")) + ") GROUP BY JOB_INSTANCE_ID",
                rs -> {
                    latest.put(rs.getLong(1), rs.getLong(2));
                }, instances.toArray());
        List<ExecutionRow> out = new ArrayList<>(base.size());
        for (Object[] r : base) {
            long id = (Long) r[0];
            long[] c = counts.getOrDefault(id, new long[3]);
            out.add(new ExecutionRow(id, (String) r[1], (String) r[2], (String) r[3], (LocalDateTime) r[5],
                    (LocalDateTime) r[6], (LocalDateTime) r[7], c[0], c[1], c[2], (String) r[4],
                    params.getOrDefault(id, Map.of()), latest.getOrDefault((Long) r[8], id)));
        }
        return out;
    }

    private static LocalDateTime time(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toLocalDateTime();
    }
}
