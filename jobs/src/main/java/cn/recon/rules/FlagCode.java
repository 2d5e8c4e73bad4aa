package cn.recon.rules;

/**
 * The discrepancy rules of DOMAIN.md, one constant per rule. The name is the code written to flags.csv and stored
 * with each flag; the Chinese name, severity and acting agency come from {@code config/rules.yml}.
 */
public enum FlagCode {
    OUT_OF_SCHOOL,
    DROPOUT,
    UNREGISTERED,
    HUKOU_ELSEWHERE,
    VISIT_OVERDUE,
    HUKOU_CANCELLED,
    AGED_OUT,
    LIVING_ALONE,
    NO_ENTRUSTMENT_AGREEMENT,
    INVALID_ID,
    MISSING_ID,
    DUPLICATE_RECORD,
    FIELD_CONFLICT;

    /** The code as stored ({@code DROPOUT}); null when {@code s} is not one of them. */
    public static FlagCode ofCode(String s) {
        if (s == null) {
            return null;
        }
        for (FlagCode c : values()) {
            if (c.name().equals(s.strip())) {
                return c;
            }
        }
        return null;
    }
}
