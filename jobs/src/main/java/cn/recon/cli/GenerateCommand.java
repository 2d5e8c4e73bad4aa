package cn.recon.cli;

import cn.recon.generate.CountyGenerator;
import cn.recon.generate.GenerateSettings;
import cn.recon.generate.GenerateSummary;
import cn.recon.generate.ProvinceGenerator;
import cn.recon.person.Quarter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recon generate}: a synthetic county (or province) in the reference layouts, with its truth, for tests and
 * benchmarks.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic county or province (户籍 CSV, 学籍 XLSX, roster, visit log, and truth/) for consecutive "
                + "quarters, with realistic damage. Deterministic for a seed.")
class GenerateCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Area area;

    /** One county, or a province's counties. */
    static class Area {
        @Option(names = "--county", required = true, description = "6-digit county code, e.g. 532822 (勐海县).")
        String county;

        @Option(names = "--province", required = true, description = "2-digit province code, e.g. 53 (云南省): the "
                + "children are spread over its counties, in proportion to their villages, in one set of files.")
        String province;
    }

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
        Quarter first = Quarter.parse(quarter);
        GenerateSummary summary = area.province != null
                ? ProvinceGenerator.generate(area.province, children, first, quarters, seed, out)
                : CountyGenerator.generate(new GenerateSettings(area.county, children, first, quarters, seed, out));
        System.out.println(summary.describe());
        System.out.printf("written in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
