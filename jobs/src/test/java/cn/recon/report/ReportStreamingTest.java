package cn.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200,000 flags through every writer in a separate JVM whose heap is capped far below what holding them would need
 * (a FlagLine with its strings is several hundred bytes; 200,000 of them plus POI's XSSF cell objects would not
 * fit), so a writer that buffers the per-flag sheets fails here with OutOfMemoryError.
 */
class ReportStreamingTest {

    static final String HEAP = "-Xmx128m";

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandFlagsStreamThroughEveryWriterInASmallHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("out.log");
        Process p = new ProcessBuilder(java, HEAP, "-Djava.io.tmpdir=" + dir, "-cp",
                System.getProperty("java.class.path"), WriteAllMain.class.getName(), dir.resolve("out").toString(),
                "200000").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        String out = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println("[report streaming, " + HEAP + "]\n" + out);
        assertThat(done).as("finished within 10 minutes").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("flags.csv rows=200000").contains("季度比对分析报告-2026Q3.xlsx rows=200000");
        assertThat(CsvOutputTest.read(dir.resolve("out").resolve("flags.csv"))).hasSize(200_000);
    }
}
