package cn.recon.jobs;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The plain one-line failure message of a job execution, from its exceptions or, once stored, its exit description. */
public final class Failures {

    private Failures() {
    }

    /** The first failure of the execution in plain words, or null when it has none. */
    public static String of(JobExecution e) {
        if (!e.getAllFailureExceptions().isEmpty()) {
            return message(e.getAllFailureExceptions().get(0));
        }
        for (StepExecution s : e.getStepExecutions()) {
            if (s.getStatus().isUnsuccessful()) {
                String m = fromExitDescription(s.getExitStatus().getExitDescription());
                if (m != null) {
                    return m;
                }
            }
        }
        return fromExitDescription(e.getExitStatus().getExitDescription());
    }

    /** The message of an exception, its cause's when it has none of its own, on one line. */
    public static String message(Throwable t) {
        Throwable x = t;
        while (x.getMessage() == null && x.getCause() != null && x.getCause() != x) {
            x = x.getCause();
        }
        String m = x.getMessage() == null ? x.getClass().getSimpleName() : x.getMessage();
        return m.replace('\n', ' ').strip();
    }

    /**
     * The message in a stored exit description (Spring Batch keeps the stack trace there): its first line without the
     * leading exception class name; null when the description is blank.
     */
    public static String fromExitDescription(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String line = description.strip();
        int nl = line.indexOf('\n');
        if (nl >= 0) {
            line = line.substring(0, nl).strip();
        }
        int colon = line.indexOf(": ");
        if (colon > 0 && looksLikeClassName(line.substring(0, colon))) {
            line = line.substring(colon + 2).strip();
        }
        return line.isEmpty() ? null : line;
    }

    private static boolean looksLikeClassName(String s) {
        if (s.indexOf('.') < 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isJavaIdentifierPart(c) || c == '.' || c == '$')) {
                return false;
            }
        }
        return true;
    }
}
