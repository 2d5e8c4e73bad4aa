package cn.recon.cli;

import cn.recon.ingest.IngestFiles;
import cn.recon.ingest.IngestFiles.FileEntry;
import cn.recon.jobs.JobRunner;
import java.io.PrintStream;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Plain-text summaries the commands print. */
final class Reports {

    private Reports() {
    }

    static void printFiles(IngestFiles files, JobExecution execution, PrintStream out) {
        if (execution == null) {
            return;
        }
        List<FileEntry> mine = files.all().stream()
                .filter(f -> execution.getStepExecutions().stream()
                        .anyMatch(se -> se.getExecutionContext().containsKey("ingest.fileId")
                                && se.getExecutionContext().getLong("ingest.fileId") == f.fileId()))
                .toList();
        printFileTable(mine, out);
        for (StepExecution se : execution.getStepExecutions()) {
            String desc = se.getExitStatus().getExitDescription();
            if (desc != null && desc.startsWith("already loaded")) {
                out.println(se.getStepName() + ": " + desc + " (same content, not loaded twice)");
            }
        }
    }

    static void printFileTable(List<FileEntry> files, PrintStream out) {
        out.printf("%-6s %-7s %-8s %-10s %9s %8s %8s  %s%n", "file", "source", "quarter", "status", "records",
                "rejected", "skipped", "name / message");
        for (FileEntry f : files) {
            out.printf("%-6d %-7s %-8s %-10s %9s %8s %8s  %s%s%n", f.fileId(), f.source().key(), f.quarter(),
                    f.status(), n(f.rowsLoaded()), n(f.rowsRejected()), n(f.rowsSkipped()), f.fileName(),
                    f.message() == null ? "" : " — " + f.message());
        }
    }

    private static String n(Integer i) {
        return i == null ? "-" : i.toString();
    }

    /** 0 when the job completed (or had completed before), else 1 with the job's failure on stderr. */
    static int exitStatus(JobRunner.Outcome o, PrintStream out, PrintStream err) {
        JobExecution e = o.execution();
        if (o.alreadyComplete()) {
            out.println("These extracts were already loaded by execution " + (e == null ? "?" : e.getId())
                    + "; nothing to do.");
            return 0;
        }
        if (o.recovered()) {
            out.println("An earlier run of the same job was interrupted; it was recovered and resumed.");
        }
        if (o.succeeded()) {
            return 0;
        }
        String reason = e.getAllFailureExceptions().isEmpty() ? "job ended " + e.getStatus()
                : Main.oneLine(e.getAllFailureExceptions().get(0));
        err.println("recon: " + reason + " (execution " + e.getId() + ")");
        return 1;
    }
}
