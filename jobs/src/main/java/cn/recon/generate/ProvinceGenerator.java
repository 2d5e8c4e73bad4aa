package cn.recon.generate;

import cn.recon.person.Divisions;
import cn.recon.person.Divisions.Division;
import cn.recon.person.Quarter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates a synthetic province: the children spread over every county of the province that has villages in the
 * division reference data, in proportion to its villages, each county generated as {@link CountyGenerator} does
 * (its own townships, villages, schools and names, its own seed), all written into one set of extracts as a
 * province-wide export would be. The counties share one citizen ID allocator, so no ID is issued twice, and the true
 * ids of the truth files carry the county code ({@code C0000001-532823}).
 *
 * <p>This is what the 1,000,000-child benchmark should look like: under a single county code the same number of
 * children crowd that county's villages, with namesakes some fifty times denser than in any real county.
 */
public final class ProvinceGenerator {

    private ProvinceGenerator() {
    }

    /**
     * @param province 2-digit province code (e.g. 53, 云南省)
     * @param children children in the province, shared out among its counties
     */
    public static GenerateSummary generate(String province, int children, Quarter first, int quarters, long seed,
            Path outDir) throws IOException {
        String area = province == null || !province.matches("\\d{2}") ? null : Divisions.name(province);
        if (area == null) {
            throw new IllegalArgumentException("unknown province code (2 digits, e.g. 53): " + province);
        }
        Map<String, List<Division>> villages = Divisions.villagesByCounty(province);
        villages.keySet().removeIf(c -> Divisions.name(c) == null || Divisions.townshipsOf(c).isEmpty());
        if (villages.isEmpty()) {
            throw new IllegalArgumentException("province " + province + " has no counties with villages");
        }
        int[] shares = shares(villages, children);
        Ids ids = new Ids();
        List<World> worlds = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<Division>> e : villages.entrySet()) {
            int n = shares[k++];
            if (n == 0) {
                continue;
            }
            String code = e.getKey();
            long countySeed = Rng.mix(seed * 1_000_003L + Long.parseLong(code));
            GenerateSettings s = new GenerateSettings(code, n, first, quarters, countySeed, outDir);
            worlds.add(new World(s, ids, new County(code, countySeed, e.getValue()), "-" + code));
        }
        return CountyGenerator.generate(worlds, area, first, quarters, outDir);
    }

    /** Children per county, in proportion to its villages, summing to {@code children} (largest remainders). */
    static int[] shares(Map<String, List<Division>> villages, int children) {
        long total = 0;
        for (List<Division> v : villages.values()) {
            total += v.size();
        }
        int[] out = new int[villages.size()];
        double[] rest = new double[out.length];
        int given = 0;
        int k = 0;
        for (List<Division> v : villages.values()) {
            double exact = (double) children * v.size() / total;
            out[k] = (int) exact;
            rest[k] = exact - out[k];
            given += out[k++];
        }
        for (; given < children; given++) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] = -1;
        }
        return out;
    }
}
