package cn.recon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code recon demo}: both sample quarters end to end on the embedded database, reports into out/. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the sample county (sample-data/, 2026Q2 then 2026Q3) end to end and print where the "
                + "reports are.")
class DemoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        Path samples = AppContext.home().resolve("sample-data");
        for (String q : List.of("2026Q2", "2026Q3")) {
            Path dir = samples.resolve(q);
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("sample data missing: " + dir);
            }
            ExtractOptions x = new ExtractOptions();
            x.quarter = q;
            x.hukou = pick(dir, "hukou");
            x.school = pick(dir, "school");
            x.roster = pick(dir, "roster");
            x.visits = pick(dir, "visits");
            System.out.println("== " + q + " (" + dir + ")");
            int status = RunCommand.run(x, db, null, false);
            if (status != 0) {
                return status;
            }
        }
        System.out.println("Done. Open out/2026Q3/季度比对分析报告-2026Q3.xlsx first; flags.csv, links.csv and "
                + "rejects.csv are beside it.");
        return 0;
    }

    private static Path pick(Path dir, String source) {
        for (String ext : List.of(".csv", ".xlsx")) {
            Path p = dir.resolve(source + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
