package cn.recon.rules;

import cn.recon.source.HukouRecord;
import cn.recon.source.RosterRecord;
import cn.recon.source.SchoolRecord;

/** UNREGISTERED (无户籍), HUKOU_ELSEWHERE (户籍在外县, info) and HUKOU_CANCELLED (户籍已注销仍在册). */
final class RegistrationCheck {

    private RegistrationCheck() {
    }

    static void apply(ChildFacts f) {
        if (!f.hasHukou) {
            // the extract holds residents under 18: an older person's missing record is no evidence (age -1: unknown)
            boolean inExtract = f.age < f.s.hukou().extractAgeLimit();
            unregistered(f, inExtract);
            if (f.validId != null && inExtract) {
                f.add(FlagCode.HUKOU_ELSEWHERE, "身份证号有效，本县户籍无此人", null);
            }
        } else if (f.hukouCancelled) {
            cancelled(f);
        }
    }

    /**
     * Active in roster or with a current school record, no 户籍 record, and no citizen ID: blank in every source
     * (J/L student numbers carry none), or the roster says 是否登记户口 = 否. For a person too old for the 户籍
     * extract, only the roster's 否 counts: the blank IDs may be a typist's, and the 户籍 record outside the extract.
     */
    private static void unregistered(ChildFacts f, boolean inExtract) {
        boolean currentSchool = false;
        boolean temporaryNumber = false;
        for (SchoolRecord r : f.c.school()) {
            currentSchool |= r.status() == null || !f.s.school().closedStatuses().contains(r.status());
            temporaryNumber |= "J".equals(r.studentKind()) || "L".equals(r.studentKind());
        }
        if (!f.activeInRoster && !currentSchool) {
            return;
        }
        boolean rosterSaysNo = false;
        for (RosterRecord r : f.c.roster()) {
            rosterSaysNo |= Boolean.FALSE.equals(r.hukouRegistered());
        }
        if (!rosterSaysNo && (f.anyId || !inExtract)) {
            return;
        }
        StringBuilder d = new StringBuilder("本县户籍无此人");
        if (rosterSaysNo) {
            d.append("，民政名册登记为未登记户口");
        }
        if (!f.anyId) {
            d.append(temporaryNumber ? "，学籍号为临时号（J/L）且各来源均无身份证号" : "，各来源均无身份证号");
        }
        f.add(FlagCode.UNREGISTERED, d.toString(), null);
    }

    /** Every 户籍 record cancelled, while active in roster or enrolled (在读/送教上门/休学). */
    private static void cancelled(ChildFacts f) {
        String enrolled = null;
        for (SchoolRecord r : f.c.school()) {
            if (r.status() != null && f.s.school().enrolledStatuses().contains(r.status())) {
                enrolled = r.status();
                break;
            }
        }
        if (!f.activeInRoster && enrolled == null) {
            return;
        }
        HukouRecord h = f.c.hukou().get(0);
        StringBuilder d = new StringBuilder("户籍状态").append(h.status());
        if (h.statusDate() != null) {
            d.append('（').append(h.statusDate()).append('）');
        }
        d.append("，但");
        if (f.activeInRoster) {
            d.append("民政名册在册");
        }
        if (enrolled != null) {
            d.append(f.activeInRoster ? "、" : "").append("学籍状态").append(enrolled);
        }
        f.add(FlagCode.HUKOU_CANCELLED, d.toString(), null);
    }
}
