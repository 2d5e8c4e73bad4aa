package cn.recon.generate;

import cn.recon.generate.GenerateSummary.FileCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a synthetic county, deterministically from the seed: for each quarter, in {@code outDir/QUARTER/}, the
 * four extracts (hukou.csv, school.xlsx, roster.xlsx or roster.csv, visits.csv) with realistic damage, and in
 * {@code truth/} the answers: links.csv (which child each row is), flags.csv (the expected rule flags) and
 * children.csv (the undamaged children). The second and later quarters evolve from the first.
 */
public final class CountyGenerator {

    private CountyGenerator() {
    }

    public static GenerateSummary generate(GenerateSettings s) throws IOException {
        World w = new World(s);
        Period[] periods = new Period[s.quarters()];
        periods[0] = Period.of(0, s.firstQuarter());
        for (int k = 1; k < periods.length; k++) {
            periods[k] = Period.of(k, periods[k - 1].quarter().next());
        }
        List<FileCount> files = new ArrayList<>();
        PopulationBuilder.build(w, periods[0]);
        for (int k = 0; k < periods.length; k++) {
            if (k > 0) {
                Evolution.step(w, periods[k - 1], periods[k]);
            }
            writeQuarter(w, periods, k, s.outDir(), files);
        }
        return new GenerateSummary(files);
    }

    private static void writeQuarter(World w, Period[] periods, int k, Path outDir, List<FileCount> files)
            throws IOException {
        Period p = periods[k];
        Path dir = outDir.resolve(p.dir());
        Path truth = dir.resolve("truth");
        Files.createDirectories(truth);
        boolean rosterCsv = k % 2 == 1;
        try (Links links = new Links(truth)) {
            files.add(new FileCount(p.quarter(), "hukou", dir.resolve(HukouFile.FILE),
                    HukouFile.write(w, p, dir, links)));
            files.add(new FileCount(p.quarter(), "school", dir.resolve(SchoolFile.FILE),
                    SchoolFile.write(w, p, dir, links)));
            String rosterFile = rosterCsv ? RosterFile.CSV : RosterFile.XLSX;
            Files.deleteIfExists(dir.resolve(rosterCsv ? RosterFile.XLSX : RosterFile.CSV));
            files.add(new FileCount(p.quarter(), "roster", dir.resolve(rosterFile),
                    RosterFile.write(w, periods, k, dir, rosterCsv, links)));
            files.add(new FileCount(p.quarter(), "visits", dir.resolve(VisitFile.FILE),
                    VisitFile.write(w, p, dir, links)));
            files.add(new FileCount(p.quarter(), "truth", truth.resolve(Links.FILE), links.rows()));
        }
        long[] t = TruthFiles.write(w, p, truth);
        files.add(new FileCount(p.quarter(), "truth", truth.resolve(TruthFiles.FLAGS), t[0]));
        files.add(new FileCount(p.quarter(), "truth", truth.resolve(TruthFiles.CHILDREN), t[1]));
    }
}
