package cn.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of JIT (README, "Which JIT, and huge pages"): its {@code run_length} function, taken from {@code ./recon} as
 * it is, run by bash on command lines naming real files of a county's and a province's size.
 */
class LauncherJitTest {

    private static final Path LAUNCHER = Path.of("recon");

    @TempDir
    Path dir;

    @Test
    void countySizedRunsAreShortProvinceSizedOnesAndDaemonsAreLong() throws Exception {
        Path hukou = file("hukou.csv", 8_089_001), school = file("school.xlsx", 1_946_400);
        Path bigHukou = file("big-hukou.csv", 49_012_849), bigSchool = file("big-school.xlsx", 12_689_258);
        assertThat(length("run", "--quarter", "2026Q3", "--hukou", hukou.toString(), "--school=" + school))
                .isEqualTo("short");
        assertThat(length("ingest", "--quarter", "2026Q3", "--hukou", bigHukou.toString(), "--school=" + bigSchool))
                .isEqualTo("long");
        assertThat(length("run", "--hukou", dir.resolve("missing.csv").toString())).isEqualTo("short");
        assertThat(length("scheduler")).isEqualTo("long");
        assertThat(length("jobs", "restart", "7")).isEqualTo("long");
        assertThat(length("jobs", "list")).isEqualTo("short");
        assertThat(length("benchmark")).isEqualTo("short");
        assertThat(length("benchmark", "--province", "53", "--children", "1000000")).isEqualTo("long");
        assertThat(length("benchmark", "--children=40000")).isEqualTo("short");
        assertThat(length("generate", "--children", "150000")).isEqualTo("long");
        assertThat(length("review", "list")).isEqualTo("short");
        assertThat(length()).isEqualTo("short");
    }

    private Path file(String name, long size) throws IOException {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p;
    }

    /** What {@code run_length} prints for these arguments. */
    private String length(String... args) throws Exception {
        assumeThat(Path.of("/bin/bash")).exists();
        String launcher = Files.readString(LAUNCHER, StandardCharsets.UTF_8);
        int from = launcher.indexOf("run_length() {"), to = launcher.indexOf("\n", launcher.indexOf("file_size() {"));
        assertThat(from).as("run_length in ./recon").isNotNegative();
        List<String> command = new ArrayList<>(List.of("/bin/bash", "-c",
                "set -euo pipefail\n" + launcher.substring(from, to) + "\nrun_length \"$@\"", "recon"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
