package cn.recon.cli;

import cn.recon.generate.CountyGenerator;
import cn.recon.generate.GenerateSettings;
import cn.recon.generate.GenerateSummary;
import cn.recon.person.Quarter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recon generate}: a synthetic county in the reference layouts, with its truth, for tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic county (户籍 CSV, 学籍 XLSX, roster, visit log, and truth/) for consecutive "
                + "quarters, with realistic damage. Deterministic for a seed.")
class GenerateCommand implements Callable<Integer> {

    @Option(names = "--county", required = true, description = "6-digit county code, e.g. 532822 (勐海县).")
    String county;

    @Option(names = "--children", required = true, description = "How many children.")
    int children;

    @Option(names = "--quarter", required = true, description = "The first quarter, e.g. 2026Q2.")
    String quarter;

    @Option(names = "--quarters", defaultValue = "2", description = "How many consecutive quarters (default 2).")
    int quarters;

    @Option(names = "--seed", defaultValue = "" + GenerateSettings.DEFAULT_SEED, description = "Random seed.")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder; one sub-folder per quarter.")
    Path out;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        GenerateSummary summary = CountyGenerator.generate(
                new GenerateSettings(county, children, Quarter.parse(quarter), quarters, seed, out));
        System.out.println(summary.describe());
        System.out.printf("written in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
