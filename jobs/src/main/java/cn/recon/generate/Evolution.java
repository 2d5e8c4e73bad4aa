package cn.recon.generate;

import java.util.SplittableRandom;

/**
 * Moves the county from one quarter to the next, deterministically: parents come home or leave, children die or
 * move away, unregistered children get a 户籍, school records change (and roll over on 1 September), the roster
 * gains and loses children, and new births are registered.
 */
final class Evolution {

    private Evolution() {
    }

    static void step(World w, Period prev, Period p) {
        households(w, p);
        boolean rollover = p.cutoff() != prev.cutoff();
        int n = w.ch.size;
        Children c = w.ch;
        for (int i = 0; i < n; i++) {
            SplittableRandom r = Rng.of(w.seed, Rng.STEP, i, p.index());
            if (c.kind[i] == Children.LOCAL && !c.gone(i, prev.ref())) {
                double u = r.nextDouble();
                if (u < 0.0065) {
                    byte why = u < 0.0001 ? Children.DIED : u < 0.0061 ? Children.MOVED_OUT
                            : u < 0.0063 ? Children.ABROAD : Children.OTHER;
                    leave(w, i, why, InitialState.between(r, p.first(), p.ref()), p, r);
                }
            } else if (c.kind[i] == Children.UNREGISTERED && r.nextDouble() < 0.15) {
                c.kind[i] = Children.LOCAL;
                c.id[i] = w.ids.allocate(w.county.code, c.birth[i], c.male[i]);
                c.hukouSince[i] = InitialState.between(r, p.first(), p.ref());
            }
            if (rollover) {
                Schooling.rollover(w, i, p, r);
            }
            Schooling.events(w, i, p, r);
            roster(w, i, prev, p, r);
        }
        births(w, p);
    }

    /**
     * A child dies or leaves the county on the day: 户籍 cancelled, school 死亡/转出 (not always), roster exit within
     * three months (so some are still 在册 at the reference date).
     */
    static void leave(World w, int i, byte why, int day, Period p, SplittableRandom r) {
        Children c = w.ch;
        c.hukouStatus[i] = why;
        c.hukouDate[i] = day;
        Schooling.leave(w, i, why, day, p.ref(), r);
        if (c.rSeq[i] != 0) {
            if (c.rReg[i] >= day) {
                c.rSeq[i] = 0;
                c.rSeq2[i] = 0;
            } else if (c.rExit[i] == 0 || c.rExit[i] > day) {
                int exit = day + r.nextInt(90);
                c.rExit[i] = exit <= p.ref() ? exit : 0;
            }
        }
    }

    private static void households(World w, Period p) {
        Households hs = w.hh;
        for (int h = 0; h < hs.size; h++) {
            if (hs.migrant[h]) {
                continue;
            }
            SplittableRandom r = Rng.of(w.seed, Rng.HOUSEHOLD_STEP, h, p.index());
            double u = r.nextDouble();
            boolean f = Households.away(hs.fatherStatus[h]);
            boolean m = Households.away(hs.motherStatus[h]);
            if (f && m && u < 0.04) {
                if (r.nextBoolean()) {
                    hs.fatherStatus[h] = Households.HOME;
                } else {
                    hs.motherStatus[h] = Households.HOME;
                }
            } else if (f != m && u < 0.02) {
                if (hs.fatherStatus[h] == Households.HOME) {
                    hs.fatherStatus[h] = Households.AWAY;
                } else if (hs.motherStatus[h] == Households.HOME) {
                    hs.motherStatus[h] = Households.AWAY;
                }
            }
        }
    }

    private static void roster(World w, int i, Period prev, Period p, SplittableRandom r) {
        Children c = w.ch;
        if (c.gone(i, p.ref())) {
            boolean earlier = c.hukouDate[i] <= prev.ref();
            if (earlier && c.rSeq[i] != 0 && c.rExit[i] == 0 && r.nextDouble() < 0.8) {
                c.rExit[i] = InitialState.between(r, Math.max(p.first(), c.hukouDate[i]), p.ref());
            }
            return;
        }
        int cats = RosterCare.categories(w, i, p.ref());
        if (c.rSeq[i] != 0 && c.rExit[i] == 0) {
            if (cats != 0) {
                c.rCats[i] = (byte) cats;
                return;
            }
            int b16 = Dates.birthday(c.birth[i], 16);
            int b18 = Dates.birthday(c.birth[i], 18);
            int day;
            if (p.ref() >= b18 || (c.rCats[i] == RosterCare.LEFT_BEHIND && p.ref() >= b16)) {
                if (r.nextDouble() < 0.3) {
                    return; // nobody took the child off the roster: aged out
                }
                day = Math.max(prev.ref() + 1, p.ref() >= b18 ? b18 : b16) + r.nextInt(45);
            } else {
                day = InitialState.between(r, p.first(), p.ref());
            }
            if (day <= p.ref()) {
                c.rExit[i] = day;
            }
        } else if (c.rSeq[i] == 0 && cats != 0 && r.nextDouble() < 0.25) {
            RosterCare.register(w, i, cats, InitialState.between(r, p.first() + 1, p.ref()), r);
        }
    }

    private static void births(World w, Period p) {
        SplittableRandom r = Rng.of(w.seed, Rng.BIRTHS, p.index(), 0);
        Households hs = w.hh;
        int year = p.quarter().year();
        for (int b = 0; b < w.birthsPerQuarter && w.ch.size < w.ch.birth.length; b++) {
            int h = -1;
            for (int t = 0; t < 20 && h < 0; t++) {
                int cand = r.nextInt(hs.size);
                if (!hs.migrant[cand] && Ids.ymdOf(hs.motherId[cand]) / 10000 >= year - 40) {
                    h = cand;
                }
            }
            if (h < 0) {
                continue;
            }
            int birth = InitialState.between(r, p.first(), p.ref() - 10);
            ChildFactory.add(w, h, birth, -1, false, p, true);
        }
    }
}
