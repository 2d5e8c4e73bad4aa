package cn.recon.generate;

/**
 * How often the generator damages what it writes, as probabilities per written row (or per field where said). The
 * roster and the school extract get the rates as given; the 户籍 extract, the legal register, gets a quarter of the
 * name and ID rates ({@link #HUKOU_SHARE}); visit rows get the name rates. Damage is a property of the stored record,
 * so a damaged row stays damaged the same way in every quarter.
 *
 * @param idDigitChanged       one digit of the citizen ID changed
 * @param idDigitsSwapped      two neighbouring digits swapped
 * @param idCheckWrong         the check character wrong
 * @param idBlankRoster        roster row without citizen ID (the roster often lacks it)
 * @param idBlankSchool        school row with 身份证件号 blank (the G student number still carries it)
 * @param guardianIdInChild    a parent's old 15-digit number typed in the child's ID field (roster, school)
 * @param idFullWidth          ID written in full-width digits
 * @param idLowercaseX         of IDs ending in X: written with a lowercase x
 * @param homophone            a character of the given name replaced by a homophone (张伟/张玮)
 * @param traditional          name written in traditional characters (張偉)
 * @param nameSpace            a space inside the name (张 伟) or around it
 * @param dotVariant           of dotted minority names: a look-alike dot instead of U+00B7
 * @param dateOtherFormat      a row whose dates are written in another of the five forms than the file's usual one
 * @param excelDate            in XLSX files: a date cell holds a real Excel date rather than text
 * @param sexNumeric           sex written 1/2 instead of 男/女
 * @param duplicateRoster      child registered twice on the roster (another 儿童编号)
 * @param duplicateSchool      child registered twice in the school extract (another 学籍号)
 * @param visitWithoutRosterId visit row without 儿童编号 (linked by ID or name and place only)
 * @param birthDateWrong       roster or school row with a wrong birth date (a day off, day and month swapped, a
 *                             year off): a field conflict between sources
 * @param sexWrong             roster or school row with the wrong sex
 */
public record DamageRates(double idDigitChanged, double idDigitsSwapped, double idCheckWrong, double idBlankRoster,
        double idBlankSchool, double guardianIdInChild, double idFullWidth, double idLowercaseX, double homophone,
        double traditional, double nameSpace, double dotVariant, double dateOtherFormat, double excelDate,
        double sexNumeric, double duplicateRoster, double duplicateSchool, double visitWithoutRosterId,
        double birthDateWrong, double sexWrong) {

    /** Share of the name and ID rates applied to the 户籍 extract. */
    public static final double HUKOU_SHARE = 0.25;

    public DamageRates {
        double[] all = {idDigitChanged, idDigitsSwapped, idCheckWrong, idBlankRoster, idBlankSchool,
            guardianIdInChild, idFullWidth, idLowercaseX, homophone, traditional, nameSpace, dotVariant,
            dateOtherFormat, excelDate, sexNumeric, duplicateRoster, duplicateSchool, visitWithoutRosterId,
            birthDateWrong, sexWrong};
        for (double d : all) {
            if (!(d >= 0 && d <= 1)) {
                throw new IllegalArgumentException("damage rates must lie between 0 and 1, was " + d);
            }
        }
        if (idDigitChanged + idDigitsSwapped + idCheckWrong + guardianIdInChild
                + Math.max(idBlankRoster, idBlankSchool) > 1) {
            throw new IllegalArgumentException("the citizen ID damage rates add up to more than 1");
        }
        if (homophone + traditional + nameSpace > 1) {
            throw new IllegalArgumentException("the name damage rates add up to more than 1");
        }
    }

    /** Rates that look like a real county's extracts. */
    public static DamageRates defaults() {
        return new DamageRates(0.006, 0.004, 0.003, 0.08, 0.02, 0.002, 0.004, 0.3, 0.012, 0.005, 0.006, 0.5,
                0.15, 0.7, 0.1, 0.01, 0.004, 0.05, 0.004, 0.002);
    }

    /** No damage at all: every written value is the truth (Excel dates still used in XLSX). */
    public static DamageRates none() {
        return new DamageRates(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.7, 0, 0, 0, 0, 0, 0);
    }
}
