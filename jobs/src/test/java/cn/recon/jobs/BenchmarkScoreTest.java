package cn.recon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scores the outputs of a {@code ./recon benchmark} run against the generator's truth, as
 * {@link AccuracyBenchmarkTest} scores its counties: {@code ./mvnw -pl jobs test -Dtest=BenchmarkScoreTest
 * -Dscore.work=bench [-Dscore.quarter=2026Q2]}, where {@code bench} is the benchmark's work folder (its generated
 * data, one {@code county-…} or {@code province-…} folder, and {@code out/}). Prints the README table row and holds
 * the same targets. Runs only when asked.
 */
@EnabledIfSystemProperty(named = "score.work", matches = ".+")
class BenchmarkScoreTest {

    @Test
    void theBenchmarkRunMeetsTheTargets() throws Exception {
        Path work = Path.of(System.getProperty("score.work"));
        String quarter = System.getProperty("score.quarter", "2026Q2");
        Path data;
        try (var dirs = Files.list(work)) {
            data = dirs.filter(d -> d.getFileName().toString().matches("(county|province)-\\d+-\\d+"))
                    .filter(d -> Files.isDirectory(d.resolve(quarter).resolve("truth"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no generated data with truth for " + quarter + " in "
                            + work));
        }
        Path run = work.resolve("out").resolve(quarter);
        assertThat(run.resolve("flags.csv")).as("the benchmark's outputs").exists();
        SoftAssertions soft = new SoftAssertions();
        String row = Truth.scoreRow(data.getFileName() + ", " + quarter, run, data.resolve(quarter).resolve("truth"),
                soft);
        System.out.println(Truth.TABLE_HEADER);
        System.out.println(row);
        soft.assertAll();
    }
}
