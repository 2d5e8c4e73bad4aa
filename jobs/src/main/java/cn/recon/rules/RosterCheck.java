package cn.recon.rules;

import cn.recon.source.RosterRecord;
import java.util.Set;

/**
 * The roster's own rules, on the child's records that are 在册 at the reference date: AGED_OUT (超龄仍在册),
 * LIVING_ALONE (无人监护) and NO_ENTRUSTMENT_AGREEMENT (未签委托监护确认书).
 */
final class RosterCheck {

    private static final char SEPARATOR = '、';

    private RosterCheck() {
    }

    static void apply(ChildFacts f) {
        if (!f.activeInRoster) {
            return;
        }
        RuleSettings.RosterSettings rs = f.s.roster();
        boolean allowed = false;
        String heldCategories = null;
        RosterRecord alone = null;
        RosterRecord unsigned = null;
        for (RosterRecord r : f.c.roster()) {
            if (!f.activeAtReference(r)) {
                continue;
            }
            if (f.age >= 0 && !allowed) {
                allowed = anyCategoryAllows(r.categories(), f.age, rs);
                heldCategories = heldCategories == null ? r.categories() : heldCategories;
            }
            if (alone == null && (in(rs.unsupervised(), r.guardianship())
                    || in(rs.unsupervised(), r.guardianshipAssessment()))) {
                alone = r;
            }
            if (unsigned == null && hasCategory(r.categories(), rs.leftBehindCategory())
                    && in(rs.entrustedGuardianship(), r.guardianship())
                    && !in(rs.agreementSigned(), r.entrustmentAgreement())) {
                unsigned = r;
            }
        }
        if (f.age >= 0 && !allowed) {
            f.add(FlagCode.AGED_OUT, "已满" + f.age + "周岁，儿童类别"
                    + (heldCategories == null || heldCategories.isBlank() ? "未填写" : heldCategories) + "均已超龄", null);
        }
        // unknown age: still reported, a child possibly living alone must not be missed (强制报告)
        if (alone != null && (f.age < 0 || f.age < rs.livingAloneAgeLimit())) {
            f.add(FlagCode.LIVING_ALONE, (f.age < 0 ? "年龄不详" : f.age + "周岁") + "，监护方式"
                    + orBlank(alone.guardianship()) + "，监护情况" + orBlank(alone.guardianshipAssessment())
                    + "，须向公安机关报告", null);
        }
        if (unsigned != null) {
            f.add(FlagCode.NO_ENTRUSTMENT_AGREEMENT, "委托监护，委托监护确认书"
                    + orBlank(unsigned.entrustmentAgreement()), null);
        }
    }

    /** True when some category in the 、-joined list still admits a child of this age (blank: the default limit). */
    static boolean anyCategoryAllows(String categories, int age, RuleSettings.RosterSettings rs) {
        if (categories == null || categories.isBlank()) {
            return age < rs.otherCategoryAgeLimit();
        }
        int start = 0;
        int n = categories.length();
        boolean any = false;
        while (start <= n) {
            int end = categories.indexOf(SEPARATOR, start);
            if (end < 0) {
                end = n;
            }
            String cat = categories.substring(start, end).strip();
            if (!cat.isEmpty()) {
                if (age < rs.ageLimit(cat)) {
                    return true;
                }
                any = true;
            }
            start = end + 1;
        }
        return !any && age < rs.otherCategoryAgeLimit();
    }

    /** True when the 、-joined list holds exactly this category. */
    static boolean hasCategory(String categories, String category) {
        if (categories == null) {
            return false;
        }
        int from = 0;
        while (true) {
            int i = categories.indexOf(category, from);
            if (i < 0) {
                return false;
            }
            int end = i + category.length();
            if ((i == 0 || categories.charAt(i - 1) == SEPARATOR)
                    && (end == categories.length() || categories.charAt(end) == SEPARATOR)) {
                return true;
            }
            from = i + 1;
        }
    }

    private static boolean in(Set<String> set, String value) {
        return value != null && set.contains(value);
    }

    private static String orBlank(String s) {
        return s == null || s.isBlank() ? "未填写" : s;
    }
}
