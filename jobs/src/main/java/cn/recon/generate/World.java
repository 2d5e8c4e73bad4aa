package cn.recon.generate;

/**
 * Everything the generator knows of one county: settings, the county, the households and children, the ID and roster
 * counters. The counties of a generated province share one {@link Ids}, so no citizen ID is issued twice, and their
 * true ids carry the county code after the number.
 */
final class World {

    final GenerateSettings settings;
    final DamageRates rates;
    final long seed;
    final County county;
    final Households hh;
    final Children ch;
    final Ids ids;
    final String trueSuffix;
    final int birthsPerQuarter;
    int rosterSeq;
    int temporarySeq;

    World(GenerateSettings settings) {
        this(settings, new Ids(), new County(settings.countyCode(), settings.seed()), "");
    }

    World(GenerateSettings settings, Ids ids, County county, String trueSuffix) {
        this.settings = settings;
        this.ids = ids;
        this.trueSuffix = trueSuffix;
        this.rates = settings.damage();
        this.seed = settings.seed();
        this.county = county;
        int n = settings.children();
        this.birthsPerQuarter = Math.max(1, (int) Math.round(n / 18.0 / 4.0 * 0.9));
        this.hh = new Households(n);
        this.ch = new Children(n + birthsPerQuarter * settings.quarters() + 16);
    }

    /** The true id of a child in the truth files: C and its number, in a province with the county code after it. */
    String trueId(int child) {
        return Children.trueId(child) + trueSuffix;
    }

    /** The true id of an adult's stray 户籍 row. */
    String adultId(int household, boolean father) {
        return Links.adultId(household, father) + trueSuffix;
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
