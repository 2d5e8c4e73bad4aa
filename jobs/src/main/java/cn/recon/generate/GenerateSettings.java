package cn.recon.generate;

import cn.recon.person.Quarter;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate: the county (6-digit code), how many children, the first quarter and how many quarters, the seed,
 * where to write ({@code outDir/2026Q2/…}), and the damage rates.
 */
public record GenerateSettings(String countyCode, int children, Quarter firstQuarter, int quarters, long seed,
        Path outDir, DamageRates damage) {

    public static final long DEFAULT_SEED = 20260630L;

    public GenerateSettings {
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("county code must be 6 digits, was " + countyCode);
        }
        if (children < 1 || children > 9_000_000) {
            throw new IllegalArgumentException("children must be between 1 and 9,000,000, was " + children);
        }
        if (quarters < 1 || quarters > 12) {
            throw new IllegalArgumentException("quarters must be between 1 and 12, was " + quarters);
        }
        Objects.requireNonNull(firstQuarter, "firstQuarter");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(damage, "damage");
    }

    /** With the default damage rates. */
    public GenerateSettings(String countyCode, int children, Quarter firstQuarter, int quarters, long seed,
            Path outDir) {
        this(countyCode, children, firstQuarter, quarters, seed, outDir, DamageRates.defaults());
    }

    public GenerateSettings withDamage(DamageRates rates) {
        return new GenerateSettings(countyCode, children, firstQuarter, quarters, seed, outDir, rates);
    }
}
