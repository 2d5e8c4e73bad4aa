package cn.recon.generate;

import java.util.SplittableRandom;

/**
 * The education side of a child: its 学籍 status, grade, school and student number, set at the start and moved on
 * quarter by quarter (dropouts, returns, transfers, the school-year rollover with graduations and new entrants).
 */
final class Schooling {

    static final String[] STATUS = {"", "在读", "送教上门", "休学", "延缓入学", "转出", "辍学", "毕业", "死亡", "在读"};
    static final byte NONE = 0;
    static final byte IN = 1;
    static final byte HOME = 2;
    static final byte SUSPENDED = 3;
    static final byte DEFERRED = 4;
    static final byte OUT = 5;
    static final byte DROPOUT = 6;
    static final byte GRADUATED = 7;
    static final byte DEAD = 8;
    /** 在读 at sSchool after a transfer, with a 转出 row left at sSchoolBefore. */
    static final byte TRANSFERRED = 9;

    private Schooling() {
    }

    /** Status that keeps a child in school for the DROPOUT rule (在读, 送教上门, 休学, 延缓入学). */
    static boolean attending(byte s) {
        return s == IN || s == HOME || s == SUSPENDED || s == DEFERRED || s == TRANSFERRED;
    }

    static void initial(World w, int i, Period p, SplittableRandom r) {
        Children c = w.ch;
        int ageCut = p.ageAtCutoff(c.birth[i]);
        double u = r.nextDouble();
        int shift = u < 0.03 ? -1 : (u < 0.05 && ageCut <= 13) ? 1 : 0;
        int grade = ageCut - 5 + shift;
        c.sSchoolBefore[i] = -1;
        if (grade <= 0 || grade >= 11) {
            c.sStatus[i] = NONE;
            return;
        }
        if (c.kind[i] == Children.LOCAL && r.nextDouble() < 0.02) {
            c.elsewhere[i] = true;
        }
        if (grade == 10) {
            enrol(w, i, 9, GRADUATED, Dates.day(p.cutoffYear(), 7, 1 + r.nextInt(10)), r);
            return;
        }
        boolean compulsory = ageCut >= 6 && ageCut <= 14;
        double v = r.nextDouble();
        double drop = ageCut >= 12 ? 0.015 : ageCut >= 10 ? 0.005 : 0.002;
        int since = Dates.day(p.cutoffYear() - grade + 1, 9, 1);
        int recent = p.ref() - r.nextInt(250);
        if (c.health[i] == 2 && v < 0.35) {
            enrol(w, i, grade, HOME, since, r);
        } else if (compulsory && c.kind[i] != Children.MIGRANT && !c.elsewhere[i] && (v -= 0.005) < 0) {
            c.sStatus[i] = NONE;
        } else if ((v -= drop) < 0) {
            enrol(w, i, grade, DROPOUT, recent, r);
        } else if ((v -= 0.003) < 0) {
            enrol(w, i, grade, OUT, recent, r);
        } else if ((v -= 0.005) < 0) {
            enrol(w, i, grade, IN, since, r);
            transfer(w, i, recent, r);
        } else if ((v -= (c.health[i] == 1 ? 0.2 : 0.002)) < 0) {
            enrol(w, i, grade, SUSPENDED, recent, r);
        } else if (grade == 1 && ageCut == 6 && (v -= 0.03) < 0) {
            enrol(w, i, grade, DEFERRED, Dates.day(p.cutoffYear(), 8, 20 + r.nextInt(10)), r);
        } else {
            enrol(w, i, grade, IN, since, r);
        }
    }

    static void enrol(World w, int i, int grade, byte status, int date, SplittableRandom r) {
        Children c = w.ch;
        if (c.sKind[i] == 0) {
            key(w, i, r);
        }
        c.sGrade[i] = (byte) grade;
        c.sStatus[i] = status;
        c.sDate[i] = date;
        c.sSchool[i] = schoolFor(w, i, grade, r);
        c.sClass[i] = (byte) (1 + r.nextInt(grade <= 6 ? 3 : 6));
    }

    /** The child's student number: G + citizen ID, or for a child without one L (60%) or J. */
    static void key(World w, int i, SplittableRandom r) {
        Children c = w.ch;
        if (c.id[i] != 0) {
            c.sKind[i] = 'G';
            c.sBody[i] = c.id[i];
        } else if (r.nextDouble() < 0.6) {
            c.sKind[i] = 'L';
            c.sBody[i] = Long.parseLong(w.county.code) * 1_000_000_000_000L + Dates.ymd(c.birth[i]) * 10_000L
                    + (w.nextTemporarySeq() % 10_000);
        } else {
            c.sKind[i] = 'J';
            c.sBody[i] = w.ids.allocate(w.county.code, c.birth[i], c.male[i]);
        }
        if (r.nextDouble() < w.rates.duplicateSchool()) {
            duplicate(w, i, r);
        }
    }

    /** Duplicate kinds: a J number, a G number with a mistyped ID, another L number. */
    static final byte DUP_J = 1;
    static final byte DUP_G_TYPO = 2;
    static final byte DUP_L = 3;

    private static void duplicate(World w, int i, SplittableRandom r) {
        Children c = w.ch;
        if (c.sKind[i] == 'G' && r.nextBoolean()) {
            c.sDup[i] = DUP_G_TYPO;
        } else if (c.sKind[i] == 'G') {
            c.sDup[i] = DUP_J;
            c.sDupBody[i] = w.ids.allocate(w.county.code, c.birth[i], c.male[i]);
        } else {
            c.sDup[i] = DUP_L;
            c.sDupBody[i] = Long.parseLong(w.county.code) * 1_000_000_000_000L + Dates.ymd(c.birth[i]) * 10_000L
                    + (w.nextTemporarySeq() % 10_000);
        }
    }

    static int schoolFor(World w, int i, int grade, SplittableRandom r) {
        Schools s = w.county.schools;
        if (w.ch.elsewhere[i]) {
            return grade <= 6 ? s.elsewherePrimary[r.nextInt(2)] : s.elsewhereMiddle[r.nextInt(2)];
        }
        int v = w.village(i);
        return grade <= 6 ? w.county.vPrimary[v] : w.county.tMiddle[w.county.vTownship[v]];
    }

    /** Transfer within the county: 转出 left at the current school, 在读 at another one of the same level. */
    static void transfer(World w, int i, int date, SplittableRandom r) {
        Children c = w.ch;
        County k = w.county;
        int from = c.sSchool[i];
        int t = r.nextInt(k.townships());
        int to = c.sGrade[i] <= 6 ? k.schools.centralOf(t) : k.tMiddle[t];
        if (to == from) {
            t = (t + 1) % k.townships();
            to = c.sGrade[i] <= 6 ? k.schools.centralOf(t) : k.tMiddle[t];
        }
        if (to == from) {
            c.sStatus[i] = IN;
            return;
        }
        c.sSchoolBefore[i] = from;
        c.sSchool[i] = to;
        c.sStatus[i] = TRANSFERRED;
        c.sDate[i] = date;
        c.elsewhere[i] = false;
    }

    /** The school-year rollover between two quarters: grades move up, grade 9 graduates, new entrants enrol. */
    static void rollover(World w, int i, Period p, SplittableRandom r) {
        Children c = w.ch;
        byte s = c.sStatus[i];
        int sept = Dates.day(p.cutoffYear(), 9, 1);
        if (c.gone(i, p.first())) {
            c.sStatus[i] = NONE;
            c.sSchoolBefore[i] = -1;
            return;
        }
        switch (s) {
            case IN, HOME, TRANSFERRED -> {
                c.sSchoolBefore[i] = -1;
                if (c.sGrade[i] >= 9) {
                    c.sStatus[i] = GRADUATED;
                    c.sDate[i] = Dates.day(p.cutoffYear(), 7, 1 + r.nextInt(10));
                } else {
                    c.sGrade[i]++;
                    c.sStatus[i] = s == HOME ? HOME : IN;
                    if (c.sGrade[i] == 7) {
                        c.sSchool[i] = schoolFor(w, i, 7, r);
                        c.sClass[i] = (byte) (1 + r.nextInt(6));
                    }
                }
            }
            case SUSPENDED -> {
                if (r.nextDouble() < 0.5) {
                    c.sStatus[i] = IN;
                    c.sDate[i] = sept;
                }
            }
            case DEFERRED -> {
                c.sStatus[i] = IN;
                c.sDate[i] = sept;
            }
            case GRADUATED, DEAD -> c.sStatus[i] = NONE;
            case DROPOUT, OUT -> {
                if (p.ageAtCutoff(c.birth[i]) >= 16) {
                    c.sStatus[i] = NONE;
                }
            }
            case NONE -> entrant(w, i, p, sept, r);
            default -> {
            }
        }
    }

    private static void entrant(World w, int i, Period p, int sept, SplittableRandom r) {
        int ageCut = p.ageAtCutoff(w.ch.birth[i]);
        double u = r.nextDouble();
        if (ageCut == 6) {
            if (w.ch.kind[i] == Children.MIGRANT || u < 0.93) {
                enrol(w, i, 1, IN, sept, r);
            } else if (u < 0.97) {
                enrol(w, i, 1, DEFERRED, Dates.day(p.cutoffYear(), 8, 20 + r.nextInt(10)), r);
            }
        } else if (ageCut == 5 && u < 0.02) {
            enrol(w, i, 1, IN, sept, r);
        } else if (ageCut >= 7 && ageCut <= 14 && u < 0.3) {
            enrol(w, i, ageCut - 5, IN, sept, r);
        }
    }

    /** Events within a quarter: dropouts, returns to school (劝返复学), transfers, suspensions. */
    static void events(World w, int i, Period p, SplittableRandom r) {
        Children c = w.ch;
        if (c.gone(i, p.ref())) {
            return;
        }
        int ageCut = p.ageAtCutoff(c.birth[i]);
        int day = p.first() + r.nextInt(p.ref() - p.first() + 1);
        double u = r.nextDouble();
        switch (c.sStatus[i]) {
            case IN -> {
                double drop = ageCut >= 12 ? 0.006 : ageCut >= 10 ? 0.002 : 0.0007;
                if (u < drop) {
                    set(c, i, DROPOUT, day);
                } else if ((u -= drop) < 0.001) {
                    set(c, i, OUT, day);
                } else if ((u -= 0.001) < 0.003) {
                    transfer(w, i, day, r);
                } else if (u - 0.003 < 0.0005) {
                    set(c, i, SUSPENDED, day);
                }
            }
            case DROPOUT -> {
                if (u < 0.35) {
                    set(c, i, IN, day);
                }
            }
            case OUT -> {
                if (u < 0.3) {
                    transfer(w, i, day, r);
                }
            }
            case SUSPENDED -> {
                if (u < 0.4) {
                    set(c, i, IN, day);
                }
            }
            case TRANSFERRED -> {
                if (u < 0.5) {
                    c.sStatus[i] = IN;
                    c.sSchoolBefore[i] = -1;
                }
            }
            case NONE -> {
                if (ageCut >= 6 && ageCut <= 14 && c.kind[i] != Children.MIGRANT && u < 0.2) {
                    enrol(w, i, ageCut - 5, IN, day, r);
                }
            }
            default -> {
            }
        }
    }

    /** A child who dies or leaves the county: 死亡 or 转出 on the school record (some schools never hear of it). */
    static void leave(World w, int i, byte why, int day, int latest, SplittableRandom r) {
        Children c = w.ch;
        if (!attending(c.sStatus[i])) {
            return;
        }
        double u = r.nextDouble();
        if (why == Children.DIED && u < 0.6) {
            c.sSchoolBefore[i] = -1;
            set(c, i, DEAD, Math.min(latest, day + r.nextInt(20)));
        } else if (why != Children.DIED && u < 0.7) {
            c.sSchoolBefore[i] = -1;
            set(c, i, OUT, Math.min(latest, day + r.nextInt(20)));
        }
    }

    private static void set(Children c, int i, byte status, int day) {
        c.sStatus[i] = status;
        c.sDate[i] = day;
    }
}
