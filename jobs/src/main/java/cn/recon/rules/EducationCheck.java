package cn.recon.rules;

import cn.recon.source.SchoolRecord;

/**
 * OUT_OF_SCHOOL (适龄失学) and DROPOUT (辍学): children of compulsory-school age, not exempt, who are not in school.
 */
final class EducationCheck {

    private EducationCheck() {
    }

    static void apply(ChildFacts f) {
        if (!f.compulsory || f.exempt) {
            return;
        }
        RuleSettings.SchoolSettings ss = f.s.school();
        if (f.c.school().isEmpty()) {
            if (f.hukouLive || f.activeInRoster) {
                f.add(FlagCode.OUT_OF_SCHOOL, cutoffAge(f) + "，无学籍记录", null);
            }
            return;
        }
        SchoolRecord leaving = null;
        for (SchoolRecord r : f.c.school()) {
            String st = r.status();
            if (st == null) {
                continue;
            }
            if (ss.activeStatuses().contains(st)) {
                return;
            }
            if ((ss.dropoutStatuses().contains(st) || ss.transferOutStatuses().contains(st))
                    && (leaving == null || later(r, leaving))) {
                leaving = r;
            }
        }
        if (leaving != null) {
            StringBuilder d = new StringBuilder(cutoffAge(f)).append("，学籍状态").append(leaving.status());
            if (leaving.statusDate() != null || leaving.schoolName() != null) {
                d.append('（');
                if (leaving.statusDate() != null) {
                    d.append(leaving.statusDate());
                }
                if (leaving.schoolName() != null) {
                    d.append(leaving.statusDate() != null ? "，" : "").append(leaving.schoolName());
                }
                d.append('）');
            }
            if (ss.transferOutStatuses().contains(leaving.status())) {
                d.append("，无转入学籍");
            }
            f.add(FlagCode.DROPOUT, d.toString(), null);
        }
    }

    private static String cutoffAge(ChildFacts f) {
        return f.q.cutoff.getYear() + "年" + f.q.cutoff.getMonthValue() + "月" + f.q.cutoff.getDayOfMonth() + "日满"
                + f.ageAtCutoff + "周岁";
    }

    private static boolean later(SchoolRecord a, SchoolRecord b) {
        return a.statusDate() != null && (b.statusDate() == null || a.statusDate().isAfter(b.statusDate()));
    }
}
