package cn.recon.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records which process (host and pid) runs each job execution. An execution still marked STARTED whose process is
 * gone (killed, machine restarted) is then known to be dead rather than running, and can be recovered.
 */
@Component
public class RunOwner implements JobExecutionListener {

    /** The owner of an execution. */
    public record Owner(String host, long pid) {
    }

    private static final String HOST = hostName();

    private final JdbcTemplate jdbc;

    public RunOwner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        jdbc.update("INSERT INTO run_owner (job_execution_id, host, pid, started_at) VALUES (?, ?, ?, ?)",
                execution.getId(), HOST, ProcessHandle.current().pid(), Timestamp.from(Instant.now()));
    }

    public Optional<Owner> owner(long jobExecutionId) {
        return jdbc.query("SELECT host, pid FROM run_owner WHERE job_execution_id = ?",
                (rs, n) -> new Owner(rs.getString(1), rs.getLong(2)), jobExecutionId).stream().findFirst();
    }

    /**
     * True when the execution's process is known to be gone: it ran on this host and its pid is no longer alive (or
     * is this very process, which is not running it). Executions owned by another host are never declared dead here.
     */
    public boolean isDead(long jobExecutionId) {
        Optional<Owner> o = owner(jobExecutionId);
        if (o.isEmpty()) {
            return true;
        }
        if (!o.get().host().equals(HOST)) {
            return false;
        }
        long pid = o.get().pid();
        if (pid == ProcessHandle.current().pid()) {
            return false;
        }
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /** True when the execution was started by this very process (same host, same pid). */
    public boolean isThisProcess(long jobExecutionId) {
        return owner(jobExecutionId).map(o -> o.host().equals(HOST) && o.pid() == ProcessHandle.current().pid())
                .orElse(false);
    }

    /** This machine's host name, as recorded for executions and reports. */
    public static String host() {
        return HOST;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
