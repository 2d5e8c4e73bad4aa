package cn.recon.generate;

/**
 * The expected flags of DOMAIN.md, computed from the undamaged model (not from the written files): OUT_OF_SCHOOL,
 * DROPOUT, UNREGISTERED and VISIT_OVERDUE, at the quarter's reference date.
 */
final class TruthRules {

    static final String[] CODES = {"OUT_OF_SCHOOL", "DROPOUT", "UNREGISTERED", "VISIT_OVERDUE"};
    static final int OUT_OF_SCHOOL = 1;
    static final int DROPOUT = 2;
    static final int UNREGISTERED = 4;
    static final int VISIT_OVERDUE = 8;

    /** Compulsory-school age: 6..14 inclusive on the cut-off day. */
    static final int MIN_AGE = 6;
    static final int MAX_AGE = 14;

    private TruthRules() {
    }

    static int flags(World w, int i, Period p) {
        Children c = w.ch;
        int ref = p.ref();
        boolean hukou = HukouFile.written(w, i, p);
        boolean cancelled = hukou && c.hukouCancelled(i, ref);
        boolean active = c.rosterActive(i, ref);
        byte s = c.sStatus[i];
        boolean school = s != Schooling.NONE;
        int ageCut = p.ageAtCutoff(c.birth[i]);
        boolean compulsory = ageCut >= MIN_AGE && ageCut <= MAX_AGE;
        // a transfer's rows are 转出 + 在读; a duplicate repeats the main status: only the main status decides
        boolean exempt = cancelled || s == Schooling.DEAD;
        int f = 0;
        if (compulsory && !exempt && !school && (hukou && !cancelled || active)) {
            f |= OUT_OF_SCHOOL;
        }
        if (compulsory && !exempt && school && (s == Schooling.DROPOUT || s == Schooling.OUT)) {
            f |= DROPOUT;
        }
        boolean liveSchool = school && s != Schooling.DEAD && s != Schooling.GRADUATED;
        if ((active || liveSchool) && !hukou && c.id[i] == 0) {
            f |= UNREGISTERED;
        }
        if (active && overdue(w, i, p)) {
            f |= VISIT_OVERDUE;
        }
        return f;
    }

    /** Some month of the quarter fully on the roster without a home visit. */
    static boolean overdue(World w, int i, Period p) {
        Children c = w.ch;
        boolean[] seen = Visits.homeVisitMonths(Visits.of(w, i, p), p);
        for (int m = 0; m < 3; m++) {
            boolean wholeMonth = c.rReg[i] <= p.monthStart()[m] && (c.rExit[i] == 0 || c.rExit[i] > p.monthEnd()[m]);
            if (wholeMonth && !seen[m]) {
                return true;
            }
        }
        return false;
    }
}
