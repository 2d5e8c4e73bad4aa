package cn.recon.cli;

import cn.recon.source.ExtractFolder;
import cn.recon.source.Source;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
            x.hukou = ExtractFolder.extract(dir, Source.HUKOU);
            x.school = ExtractFolder.extract(dir, Source.SCHOOL);
            x.roster = ExtractFolder.extract(dir, Source.ROSTER);
            x.visits = ExtractFolder.extract(dir, Source.VISITS);
            System.out.println("== " + q + " (" + dir + ")");
            int status = RunCommand.run(x, db, null, false);
            if (status != 0) {
                return status;
            }
        }
        Path flags = AppContext.home().resolve("out/2026Q3/flags.csv");
        System.out.println("Flags of 2026Q3 (NEW / PERSISTING / RESOLVED against 2026Q2):");
        Map<String, int[]> counts = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(flags, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                int[] c = counts.computeIfAbsent(r.get("flag"), k -> new int[3]);
                c["NEW".equals(r.get("status")) ? 0 : "PERSISTING".equals(r.get("status")) ? 1 : 2]++;
            }
        }
        counts.forEach((code, c) -> System.out.printf("  %-26s %4d new %4d persisting %4d resolved%n", code, c[0],
                c[1], c[2]));
        System.out.println("Done. Open out/2026Q3/季度比对分析报告-2026Q3.xlsx first; flags.csv, links.csv and "
                + "rejects.csv are beside it, with the lists for the education bureau, public security and the "
                + "township supervisors.");
        return 0;
    }
}
