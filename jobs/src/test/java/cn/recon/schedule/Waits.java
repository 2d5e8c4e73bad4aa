package cn.recon.schedule;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** Waiting for what another process does. */
final class Waits {

    private Waits() {
    }

    static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(condition.call())) {
                return;
            }
            Thread.sleep(200);
        }
        fail("waited " + timeout.toSeconds() + " s for: " + what);
    }

    static void untilExists(Path file, Duration timeout) throws Exception {
        until(file + " to exist", timeout, () -> Files.exists(file));
    }

    /** Waits until the slow test reader has read at least n rows (it writes the count to the progress file). */
    static void untilRowsRead(Path progress, int n, Duration timeout) throws Exception {
        until(n + " rows read", timeout, () -> {
            if (!Files.exists(progress)) {
                return false;
            }
            String s = Files.readString(progress).strip();
            return !s.isEmpty() && Integer.parseInt(s) >= n;
        });
    }
}
