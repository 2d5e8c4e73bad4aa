package cn.recon.report;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of every report and export written: who, when, which file, for whom, how many children. */
@Repository
public class ReportAudit {

    private final JdbcTemplate jdbc;

    public ReportAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String quarter, ReportFile file, boolean masked, String by, Long jobExecutionId) {
        jdbc.update("INSERT INTO report_audit (quarter, recipient, file_path, children, row_count, masked, "
                + "generated_by, generated_at, job_execution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", quarter,
                file.recipient() == null ? "data_officer" : file.recipient().name(),
                file.path().toAbsolutePath().toString(), file.children(), (int) Math.min(Integer.MAX_VALUE,
                        file.rows()), masked, by, Timestamp.from(Instant.now()), jobExecutionId);
    }

    /** Who is generating: the operating-system user and host. */
    public static String who() {
        return System.getProperty("user.name", "?") + "@" + cn.recon.jobs.RunOwner.host();
    }
}
