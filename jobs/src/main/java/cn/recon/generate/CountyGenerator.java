package cn.recon.generate;

import cn.recon.generate.GenerateSummary.FileCount;
import cn.recon.person.Quarter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a synthetic county, deterministically from the seed: for each quarter, in {@code outDir/QUARTER/}, the
 * four extracts (hukou.csv, school.xlsx, roster.xlsx or roster.csv, visits.csv) with realistic damage, and in
 * {@code truth/} the answers: links.csv (which child each row is), flags.csv (the expected rule flags) and
 * children.csv (the undamaged children). The second and later quarters evolve from the first. A province
 * ({@link ProvinceGenerator}) is its counties generated the same way, one after another in each file.
 */
public final class CountyGenerator {

    private CountyGenerator() {
    }

    public static GenerateSummary generate(GenerateSettings s) throws IOException {
        World w = new World(s);
        return generate(List.of(w), w.county.name, s.firstQuarter(), s.quarters(), s.outDir());
    }

    /** The counties of one extract (one, or a province's), each evolved on its own, written into the same files. */
    static GenerateSummary generate(List<World> ws, String area, Quarter first, int quarters, Path outDir)
            throws IOException {
        Period[] periods = new Period[quarters];
        periods[0] = Period.of(0, first);
        for (int k = 1; k < periods.length; k++) {
            periods[k] = Period.of(k, periods[k - 1].quarter().next());
        }
        List<FileCount> files = new ArrayList<>();
        for (World w : ws) {
            PopulationBuilder.build(w, periods[0]);
        }
        for (int k = 0; k < periods.length; k++) {
            if (k > 0) {
                for (World w : ws) {
                    Evolution.step(w, periods[k - 1], periods[k]);
                }
            }
            writeQuarter(ws, area, periods, k, outDir, files);
        }
        return new GenerateSummary(files);
    }

    private static void writeQuarter(List<World> ws, String area, Period[] periods, int k, Path outDir,
            List<FileCount> files) throws IOException {
        Period p = periods[k];
        Path dir = outDir.resolve(p.dir());
        Path truth = dir.resolve("truth");
        Files.createDirectories(truth);
        boolean rosterCsv = k % 2 == 1;
        try (Links links = new Links(truth)) {
            files.add(new FileCount(p.quarter(), "hukou", dir.resolve(HukouFile.FILE),
                    HukouFile.write(ws, p, dir, links)));
            files.add(new FileCount(p.quarter(), "school", dir.resolve(SchoolFile.FILE),
                    SchoolFile.write(ws, area, p, dir, links)));
            String rosterFile = rosterCsv ? RosterFile.CSV : RosterFile.XLSX;
            Files.deleteIfExists(dir.resolve(rosterCsv ? RosterFile.XLSX : RosterFile.CSV));
            files.add(new FileCount(p.quarter(), "roster", dir.resolve(rosterFile),
                    RosterFile.write(ws, periods, k, dir, rosterCsv, links)));
            files.add(new FileCount(p.quarter(), "visits", dir.resolve(VisitFile.FILE),
                    VisitFile.write(ws, p, dir, links)));
            files.add(new FileCount(p.quarter(), "truth", truth.resolve(Links.FILE), links.rows()));
        }
        long[] t = TruthFiles.write(ws, p, truth);
        files.add(new FileCount(p.quarter(), "truth", truth.resolve(TruthFiles.FLAGS), t[0]));
        files.add(new FileCount(p.quarter(), "truth", truth.resolve(TruthFiles.CHILDREN), t[1]));
    }
}
