package cn.recon.generate;

/** Everything the generator knows: settings, the county, the households and children, the ID and roster counters. */
final class World {

    final GenerateSettings settings;
    final DamageRates rates;
    final long seed;
    final County county;
    final Households hh;
    final Children ch;
    final Ids ids = new Ids();
    final int birthsPerQuarter;
    int rosterSeq;
    int temporarySeq;

    World(GenerateSettings settings) {
        this.settings = settings;
        this.rates = settings.damage();
        this.seed = settings.seed();
        this.county = new County(settings.countyCode(), settings.seed());
        int n = settings.children();
        this.birthsPerQuarter = Math.max(1, (int) Math.round(n / 18.0 / 4.0 * 0.9));
        this.hh = new Households(n);
        this.ch = new Children(n + birthsPerQuarter * settings.quarters() + 16);
    }

    int nextRosterSeq() {
        return ++rosterSeq;
    }

    /** Counter for the last four digits of L student numbers. */
    int nextTemporarySeq() {
        return ++temporarySeq;
    }

    int village(int child) {
        return hh.village[ch.household[child]];
    }

    int township(int child) {
        return county.vTownship[village(child)];
    }

    /** Age in whole years on the day. */
    int age(int child, int day) {
        return Dates.age(ch.birth[child], day);
    }
}
