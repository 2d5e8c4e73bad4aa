package cn.recon.generate;

import java.util.SplittableRandom;

/**
 * The civil-affairs side of a child: which roster categories it meets (from its parents' situations, health, poverty
 * and registration), and the guardianship recorded when it is registered.
 */
final class RosterCare {

    static final int LEFT_BEHIND = 1;
    static final int DIFFICULTY = 2;
    static final int ORPHAN = 4;
    static final int UNCARED = 8;
    static final String[] CATEGORY = {"农村留守儿童", "困境儿童", "散居孤儿", "事实无人抚养儿童"};

    static final String[] GUARDIANSHIP = {"父母监护", "委托监护", "机构监护", "无人监护"};
    static final byte PARENTS = 0;
    static final byte ENTRUSTED = 1;
    static final byte INSTITUTION = 2;
    static final byte NOBODY = 3;
    static final String[] ASSESSMENT = {"较好", "一般", "受委托监护人监护能力不足", "父或母无监护能力", "无人监护"};
    static final String[] AGREEMENT = {"已签订", "未签订", "不适用"};

    private RosterCare() {
    }

    /** Categories the child meets on the day (0: none). */
    static int categories(World w, int i, int day) {
        Children c = w.ch;
        int h = c.household[i];
        int age = w.age(i, day);
        if (age < 0 || age >= 18 || w.hh.migrant[h]) {
            return 0;
        }
        byte f = w.hh.fatherStatus[h];
        byte m = w.hh.motherStatus[h];
        int cats = 0;
        if (age < 16 && leftBehindParents(f, m)) {
            cats |= LEFT_BEHIND;
        }
        if (f == Households.DEAD && m == Households.DEAD) {
            cats |= ORPHAN;
        } else if ((severe(f) || f == Households.DEAD) && (severe(m) || m == Households.DEAD)) {
            cats |= UNCARED;
        }
        if (c.health[i] != 0 || w.hh.poor[h] || c.kind[i] == Children.UNREGISTERED) {
            cats |= DIFFICULTY;
        }
        return cats;
    }

    static boolean leftBehindParents(byte f, byte m) {
        return Households.away(f) && Households.away(m)
                || Households.away(f) && Households.incapable(m)
                || Households.away(m) && Households.incapable(f);
    }

    private static boolean severe(byte s) {
        return s == Households.ILL || s == Households.DISABLED || s == Households.PRISON || s == Households.MISSING;
    }

    /** Registers the child on the roster on the day, with the categories and a guardianship fitting them. */
    static void register(World w, int i, int cats, int day, SplittableRandom r) {
        Children c = w.ch;
        c.rSeq[i] = w.nextRosterSeq();
        c.rSeq2[i] = r.nextDouble() < w.rates.duplicateRoster() ? w.nextRosterSeq() : 0;
        c.rCats[i] = (byte) cats;
        c.rReg[i] = day;
        c.rExit[i] = 0;
        int h = c.household[i];
        int age = w.age(i, day);
        boolean bothAway = Households.away(w.hh.fatherStatus[h]) && Households.away(w.hh.motherStatus[h]);
        double u = r.nextDouble();
        if ((cats & LEFT_BEHIND) != 0 && bothAway) {
            if (u < 0.04 && age >= 8) {
                care(c, i, NOBODY, 4, 2);
            } else if (u < 0.09) {
                care(c, i, PARENTS, 1, 2);
            } else {
                entrusted(c, i, r);
            }
        } else if ((cats & LEFT_BEHIND) != 0) {
            if (u < 0.6) {
                care(c, i, PARENTS, 3, 2);
            } else {
                entrusted(c, i, r);
            }
        } else if ((cats & ORPHAN) != 0) {
            care(c, i, ENTRUSTED, r.nextDouble() < 0.6 ? 0 : 1, r.nextDouble() < 0.9 ? 0 : 1);
        } else if ((cats & UNCARED) != 0) {
            if (u < 0.05 && age >= 8 && age < 16) {
                care(c, i, NOBODY, 4, 2);
            } else if (u < 0.3) {
                care(c, i, INSTITUTION, 0, 2);
            } else {
                entrusted(c, i, r);
            }
        } else {
            care(c, i, PARENTS, r.nextDouble() < 0.6 ? 0 : 1, 2);
        }
    }

    private static void entrusted(Children c, int i, SplittableRandom r) {
        double a = r.nextDouble();
        int assess = a < 0.5 ? 0 : a < 0.85 ? 1 : 2;
        care(c, i, ENTRUSTED, assess, r.nextDouble() < 0.85 ? 0 : 1);
    }

    private static void care(Children c, int i, byte guard, int assess, int agree) {
        c.rGuard[i] = guard;
        c.rAssess[i] = (byte) assess;
        c.rAgree[i] = (byte) agree;
    }

    static String categoriesText(int cats) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < CATEGORY.length; b++) {
            if ((cats & (1 << b)) != 0) {
                if (!sb.isEmpty()) {
                    sb.append('、');
                }
                sb.append(CATEGORY[b]);
            }
        }
        return sb.toString();
    }

    /** 困境类型: free text from the child's situation. */
    static String difficultyText(World w, int i) {
        Children c = w.ch;
        int h = c.household[i];
        int cats = c.rCats[i];
        StringBuilder sb = new StringBuilder();
        if ((cats & ORPHAN) != 0) {
            sb.append("父母双亡");
        } else if ((cats & UNCARED) != 0) {
            sb.append("父亲").append(Households.PARENT[w.hh.fatherStatus[h]]).append("、母亲")
                    .append(Households.PARENT[w.hh.motherStatus[h]]);
        }
        if ((cats & DIFFICULTY) != 0) {
            String d = c.health[i] == 2 ? "残疾儿童" : c.health[i] == 1 ? "重病儿童"
                    : c.kind[i] == Children.UNREGISTERED ? "无户籍" : "低保家庭儿童";
            if (!sb.isEmpty()) {
                sb.append('、');
            }
            sb.append(d);
        }
        return sb.toString();
    }
}
