package cn.recon.rules;

import cn.recon.source.RosterRecord;

/**
 * Key children (重点儿童): an active roster record shows a guardianship, schooling or health situation listed in
 * rules.yml, or the roster says 是否登记户口 = 否, or this run flagged the child with one of the listed codes.
 */
final class KeyChild {

    private KeyChild() {
    }

    static boolean is(ChildFacts f) {
        RuleSettings.KeyChildSettings k = f.s.keyChildren();
        for (ChildFacts.Finding finding : f.findings()) {
            if (k.fromFlags().contains(finding.code())) {
                return true;
            }
        }
        for (RosterRecord r : f.c.roster()) {
            if (f.activeAtReference(r) && (in(k, r) || k.unregisteredOnRoster()
                    && Boolean.FALSE.equals(r.hukouRegistered()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean in(RuleSettings.KeyChildSettings k, RosterRecord r) {
        return r.guardianship() != null && k.guardianship().contains(r.guardianship())
                || r.guardianshipAssessment() != null
                        && k.guardianshipAssessments().contains(r.guardianshipAssessment())
                || r.schooling() != null && k.schooling().contains(r.schooling())
                || r.health() != null && k.health().contains(r.health());
    }
}
