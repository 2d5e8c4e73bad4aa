package cn.recon.generate;

import java.util.SplittableRandom;

/** Builds the county as it stands at the first quarter's reference date: households, children and their records. */
final class PopulationBuilder {

    private static final double[] KIDS = {0.42, 0.82, 0.96, 1.0};

    private PopulationBuilder() {
    }

    static void build(World w, Period p) {
        int n = w.settings.children();
        while (w.ch.size < n) {
            household(w, p, n);
        }
        for (int i = 0; i < w.ch.size; i++) {
            InitialState.apply(w, i, p);
        }
    }

    private static void household(World w, Period p, int limit) {
        Households hs = w.hh;
        County k = w.county;
        int h = hs.add();
        SplittableRandom r = Rng.of(w.seed, Rng.HOUSEHOLD, h, 0);
        int v = r.nextInt(k.villages());
        int t = k.vTownship[v];
        boolean migrant = r.nextDouble() < 0.035;
        int style = r.nextDouble() < (migrant ? 0.08 : 0.002) ? Households.STYLE_DOT
                : !migrant && r.nextDouble() < k.tDai[t] ? Households.STYLE_DAI : Households.STYLE_HAN;
        hs.village[h] = v;
        hs.migrant[h] = migrant;
        hs.style[h] = (byte) style;
        hs.ethnic[h] = (byte) ethnic(k, t, style, r);
        String surname = Names.surname(r);
        hs.surname[h] = style == Households.STYLE_HAN ? surname : null;
        hs.origin[h] = migrant ? r.nextInt(k.origins.length) : -1;
        int kids = 1 + Rng.pick(r, KIDS);
        int oldestAge = r.nextInt(18);
        int oldest = p.ref() - oldestAge * 365 - oldestAge / 4 - 1 - r.nextInt(364);
        int fatherBirth = oldest - 365 * (22 + r.nextInt(14)) - r.nextInt(365);
        int motherBirth = Math.min(fatherBirth + 365 * (r.nextInt(7) - 2) + r.nextInt(365), oldest - 19 * 365);
        int grandBirth = Math.min(fatherBirth, motherBirth) - 365 * (21 + r.nextInt(10)) - r.nextInt(365);
        String home = migrant ? k.origins[hs.origin[h]] : k.code;
        hs.father[h] = Names.adult(r, true, style, surname);
        hs.mother[h] = Names.adult(r, false, style, Names.surname(r));
        double g = r.nextDouble();
        hs.grandRelation[h] = (byte) (g < 0.65 ? 0 : g < 0.95 ? 1 : 2);
        boolean grandMale = r.nextDouble() < 0.4;
        hs.grand[h] = Names.adult(r, grandMale, style, hs.grandRelation[h] == 0 ? surname : Names.surname(r));
        hs.fatherId[h] = w.ids.allocate(address(k, home, migrant, r), fatherBirth, true);
        hs.motherId[h] = w.ids.allocate(address(k, home, migrant, r), motherBirth, false);
        hs.grandId[h] = w.ids.allocate(address(k, home, migrant, r), grandBirth, grandMale);
        if (!migrant) {
            parents(hs, h, r);
        }
        hs.poor[h] = r.nextDouble() < 0.04;
        hs.group[h] = (byte) (1 + r.nextInt(12));
        hs.houseNo[h] = (short) (1 + r.nextInt(150));
        hs.grandHead[h] = r.nextDouble() < 0.1;
        hs.adultRow[h] = r.nextDouble() < 0.008;
        int birth = oldest;
        int previous = -1;
        for (int j = 0; j < kids && w.ch.size < limit; j++) {
            boolean twin = false;
            if (j > 0) {
                if (r.nextDouble() < 0.02) {
                    twin = true;
                } else {
                    birth += 365 + r.nextInt(5 * 365);
                }
            }
            if (birth >= p.ref()) {
                break;
            }
            previous = ChildFactory.add(w, h, birth, previous, twin, p, false);
        }
    }

    private static String address(County k, String home, boolean migrant, SplittableRandom r) {
        if (migrant || k.nearby.length == 0 || r.nextDouble() < 0.75) {
            return home;
        }
        return k.nearby[r.nextInt(k.nearby.length)];
    }

    /** Parents' situations: about 14% both away working, a few orphans and children without anyone to raise them. */
    private static void parents(Households hs, int h, SplittableRandom r) {
        double u = r.nextDouble();
        byte f = Households.HOME;
        byte m = Households.HOME;
        boolean flip = r.nextBoolean();
        if (u < 0.14) {
            f = Households.AWAY;
            m = Households.AWAY;
        } else if (u < 0.16) {
            f = Households.AWAY;
            m = r.nextBoolean() ? Households.ILL : Households.DISABLED;
        } else if (u < 0.25) {
            f = Households.AWAY;
        } else if (u < 0.253) {
            f = Households.DEAD;
            m = Households.DEAD;
        } else if (u < 0.258) {
            f = r.nextBoolean() ? Households.DEAD : Households.MISSING;
            m = new byte[] {Households.PRISON, Households.DISABLED, Households.MISSING}[r.nextInt(3)];
        } else if (u < 0.27) {
            f = Households.DEAD;
        }
        hs.fatherStatus[h] = flip ? m : f;
        hs.motherStatus[h] = flip ? f : m;
    }

    private static int ethnic(County k, int t, int style, SplittableRandom r) {
        if (style == Households.STYLE_DAI) {
            return County.DAI;
        }
        if (style == Households.STYLE_DOT) {
            return County.UYGHUR;
        }
        double u = r.nextDouble();
        if (k.tMinority[t] >= 0 && u < 0.55) {
            return k.tMinority[t];
        }
        if (k.code.startsWith("53")) {
            return u < 0.6 ? County.HAN : new int[] {2, 3, 5, 10, 4}[r.nextInt(5)];
        }
        if (k.code.startsWith("45")) {
            return u < 0.55 ? 7 : u < 0.95 ? County.HAN : 6;
        }
        return u < 0.97 ? County.HAN : 8;
    }
}
