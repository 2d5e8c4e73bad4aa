package cn.recon.schedule;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code recon} command run in its own JVM, as operators run it (so that it can be sent SIGTERM or killed), with
 * the test class path and the test extract reader; its output goes to a file.
 */
final class ChildRecon implements AutoCloseable {

    private final Process process;
    private final Path output;

    private ChildRecon(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /**
     * @param props system properties besides recon.home and the test reader's switch
     * @param env   environment variables (e.g. RECON_DB_URL)
     */
    static ChildRecon start(Path home, String outName, Map<String, String> props, Map<String, String> env,
            String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx384m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Drecon.home=" + home);
        cmd.add("-Drecon.test.simple-opener=true");
        props.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("cn.recon.cli.Main");
        cmd.addAll(List.of(args));
        Path out = home.resolve(outName);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().putAll(env);
        return new ChildRecon(pb.start(), out);
    }

    long pid() {
        return process.pid();
    }

    String output() throws IOException {
        return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    }

    /** Waits until the output contains the text; fails when the process ends first or the time is up. */
    void awaitOutput(String text, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (output().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                fail("the child recon process ended (exit " + process.exitValue() + ") before printing '" + text
                        + "':\n" + output());
            }
            Thread.sleep(200);
        }
        fail("the child recon process did not print '" + text + "' within " + timeout + ":\n" + output());
    }

    /** SIGTERM, then waits for the process to end; returns its exit status. */
    int terminate(Duration timeout) throws Exception {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            fail("the child recon process did not end within " + timeout + " of SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: the process dies at once, as on a crash or kill -9. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}
