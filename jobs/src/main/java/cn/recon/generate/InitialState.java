package cn.recon.generate;

import java.util.SplittableRandom;

/** A child's records at the first reference date: school, roster (active or exited) and any 户籍 cancellation. */
final class InitialState {

    private static final int ROSTER_START = Dates.day(2019, 1, 1);

    private InitialState() {
    }

    static void apply(World w, int i, Period p) {
        Children c = w.ch;
        SplittableRandom r = Rng.of(w.seed, Rng.CHILD, i, 1);
        Schooling.initial(w, i, p, r);
        roster(w, i, p, r);
        if (c.kind[i] == Children.LOCAL && r.nextDouble() < 0.01) {
            double u = r.nextDouble();
            byte why = u < 0.15 ? Children.DIED : u < 0.85 ? Children.MOVED_OUT : u < 0.9 ? Children.ABROAD
                    : Children.OTHER;
            int day = Math.max(c.hukouSince[i], p.ref() - r.nextInt(270));
            Evolution.leave(w, i, why, day, p, r);
        }
        if (c.kind[i] == Children.UNREGISTERED && c.rSeq[i] == 0 && c.sStatus[i] == Schooling.NONE) {
            int earliest = Math.max(c.birth[i] + 30, ROSTER_START);
            RosterCare.register(w, i, RosterCare.DIFFICULTY, Math.min(p.ref(), between(r, earliest, p.ref())), r);
        }
    }

    private static void roster(World w, int i, Period p, SplittableRandom r) {
        Children c = w.ch;
        int cats = RosterCare.categories(w, i, p.ref());
        int earliest = Math.max(c.birth[i] + 30, ROSTER_START);
        if (earliest > p.ref()) {
            return;
        }
        int h = c.household[i];
        if (cats != 0) {
            if (r.nextDouble() < 0.93 || c.kind[i] == Children.UNREGISTERED) {
                int reg = earliest >= p.first() || r.nextDouble() < 0.04
                        ? between(r, Math.max(earliest, p.first() + 1), p.ref())
                        : between(r, earliest, p.first() - 1);
                RosterCare.register(w, i, cats, reg, r);
            }
            return;
        }
        if (w.hh.migrant[h]) {
            return;
        }
        byte f = w.hh.fatherStatus[h];
        byte m = w.hh.motherStatus[h];
        int age = w.age(i, p.ref());
        if (age >= 16 && Households.away(f) && Households.away(m) && r.nextDouble() < 0.93) {
            int b16 = Dates.birthday(c.birth[i], 16);
            if (b16 - 60 <= earliest) {
                return;
            }
            RosterCare.register(w, i, RosterCare.LEFT_BEHIND, between(r, earliest, b16 - 60), r);
            int exit = b16 + r.nextInt(45);
            c.rExit[i] = r.nextDouble() < 0.2 || exit > p.ref() ? 0 : exit;
        } else if (age >= 3 && Households.away(f) != Households.away(m) && r.nextDouble() < 0.3
                && p.first() - 200 > earliest) {
            int reg = between(r, earliest, p.first() - 200);
            RosterCare.register(w, i, RosterCare.LEFT_BEHIND, reg, r);
            c.rExit[i] = between(r, reg + 180, p.ref());
        }
    }

    static int between(SplittableRandom r, int lo, int hi) {
        return Rng.between(r, lo, hi);
    }
}
