package cn.recon.jobs;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a long step: rows, rate and, when the total is known, an ETA. On a terminal it redraws one line; when
 * not on a terminal (cron, systemd, CI) it prints a plain line at most every {@code interval}.
 */
public final class Progress {

    private final String label;
    private final long total;
    private final PrintStream out;
    private final boolean terminal;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long last = start;
    private long rows;

    public Progress(String label, long total, PrintStream out, boolean terminal, Duration interval) {
        this.label = label;
        this.total = total;
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = interval.toNanos();
    }

    /** Progress on stderr: redrawn twice a second on a terminal, a line every 10 s otherwise. */
    public static Progress onStderr(String label, long total) {
        boolean tty = System.console() != null;
        return new Progress(label, total, System.err, tty, Duration.ofMillis(tty ? 500 : 10_000));
    }

    public void advanceTo(long rowsDone) {
        rows = rowsDone;
        long now = System.nanoTime();
        if (now - last >= intervalNanos) {
            last = now;
            print(false);
        }
    }

    public void done() {
        print(true);
    }

    String line() {
        double secs = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        double rate = rows / secs;
        StringBuilder sb = new StringBuilder(label).append(": ").append(String.format(Locale.ROOT, "%,d", rows));
        if (total > 0) {
            sb.append(String.format(Locale.ROOT, " / %,d (%.0f%%)", total, 100.0 * rows / total));
        }
        sb.append(String.format(Locale.ROOT, " rows, %,.0f rows/s", rate));
        if (total > 0 && rows > 0 && rows < total) {
            long eta = (long) ((total - rows) / Math.max(rate, 1e-9));
            sb.append(String.format(Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
        }
        return sb.toString();
    }

    private void print(boolean finished) {
        if (terminal) {
            out.print("\r" + line() + (finished ? System.lineSeparator() : ""));
        } else {
            out.println(line() + (finished ? " (done)" : ""));
        }
        out.flush();
    }
}
