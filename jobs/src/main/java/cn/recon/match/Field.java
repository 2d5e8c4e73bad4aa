package cn.recon.match;

/**
 * The compared fields and their levels. Level 0 is always MISSING (no evidence, weight 0). A pair's levels are packed
 * into one int, four bits per field. Priors (m, u) are used only where the data give too few observations.
 */
enum Field {
    NAME("name", new String[] {"MISSING", "EXACT", "PINYIN", "ONE_CHAR", "DIFFERENT"},
            new double[] {0, .93, .04, .02, .01}, new double[] {0, .0005, .0005, .005, .989}),
    /**
     * The birth date. A child's records disagree by a slip (a day, day and month swapped, a digit, a year), seldom
     * by more: YEARS_APART (more than 400 days, and no single slip) is the pattern of siblings, never of one child.
     */
    BIRTH_DATE("birth_date", new String[] {"MISSING", "EXACT", "ONE_DAY", "SWAP", "ONE_DIGIT", "YEAR_MONTH",
        "DIFFERENT", "YEARS_APART"}, new double[] {0, .93, .015, .01, .02, .01, .013, .002},
            new double[] {0, .00015, .0003, .00001, .002, .005, .05, .94245}),
    SEX("sex", new String[] {"MISSING", "AGREE", "DISAGREE"}, new double[] {0, .99, .01}, new double[] {0, .5, .5}),
    PLACE("place", new String[] {"MISSING", "VILLAGE", "TOWNSHIP", "OTHER_VILLAGE", "DIFFERENT"},
            new double[] {0, .85, .05, .07, .03}, new double[] {0, .005, .02, .1, .875}),
    /**
     * The family: parents' and guardian's names, and their citizen IDs (a roster row's 监护人身份证号 against a 户籍
     * record's 父亲/母亲公民身份号码). PARENT_ID = some such ID is shared: strong for children with blank IDs whose
     * guardian has a common name. One field, not two, because a shared parent's ID and a shared parent's name are the
     * same fact (the family), not independent evidence; siblings share both, so it never decides alone.
     */
    FAMILY("family", new String[] {"MISSING", "EXACT", "PINYIN", "DIFFERENT", "PARENT_ID"},
            new double[] {0, .45, .05, .2, .3}, new double[] {0, .001, .001, .9978, .0002}),
    ID("id", new String[] {"MISSING", "EXACT", "EDIT1", "PREFIX_BIRTH", "BIRTH_PART", "DIFFERENT", "NO_ID_BOTH",
        "NO_ID_CONFLICT"}, new double[] {0, .2, .5, .05, .03, .1, .1, .02},
            new double[] {0, 1e-7, 1e-6, 1e-4, 1e-3, .9488, .0001, .05});

    static final int MISSING = 0;
    static final Field[] ALL = values();

    // Level numbers used by the comparators and rules.
    static final int NAME_EXACT = 1, NAME_PINYIN = 2, NAME_ONE_CHAR = 3, NAME_DIFFERENT = 4;
    static final int BIRTH_EXACT = 1, BIRTH_ONE_DAY = 2, BIRTH_SWAP = 3, BIRTH_ONE_DIGIT = 4, BIRTH_YEAR_MONTH = 5,
            BIRTH_DIFFERENT = 6, BIRTH_YEARS_APART = 7;
    static final int SEX_AGREE = 1, SEX_DISAGREE = 2;
    static final int PLACE_VILLAGE = 1, PLACE_TOWNSHIP = 2, PLACE_OTHER_VILLAGE = 3, PLACE_DIFFERENT = 4;
    static final int FAMILY_EXACT = 1, FAMILY_PINYIN = 2, FAMILY_DIFFERENT = 3, FAMILY_PARENT_ID = 4;
    static final int ID_EXACT = 1, ID_EDIT1 = 2, ID_PREFIX_BIRTH = 3, ID_BIRTH_PART = 4, ID_DIFFERENT = 5,
            ID_NO_ID_BOTH = 6, ID_NO_ID_CONFLICT = 7;

    final String key;
    final String[] levels;
    final double[] priorM;
    final double[] priorU;

    Field(String key, String[] levels, double[] priorM, double[] priorU) {
        this.key = key;
        this.levels = levels;
        this.priorM = priorM;
        this.priorU = priorU;
    }

    int shift() {
        return ordinal() * 4;
    }

    int of(int packed) {
        return (packed >>> shift()) & 0xF;
    }

    int pack(int level) {
        return level << shift();
    }

    int levelCount() {
        return levels.length;
    }
}
