package cn.recon.generate;

import java.util.SplittableRandom;

/** Makes one child of a household: name (siblings and twins alike but distinct), sex, kind, citizen ID, health. */
final class ChildFactory {

    private ChildFactory() {
    }

    /**
     * Adds a child born on {@code birth} to household {@code h}. {@code sibling} is the previous child of the
     * household (-1 for none); {@code twin} says it was born the same day; a newborn is always registered.
     */
    static int add(World w, int h, int birth, int sibling, boolean twin, Period p, boolean newborn) {
        Children c = w.ch;
        Households hs = w.hh;
        County k = w.county;
        int i = c.add();
        SplittableRandom r = Rng.of(w.seed, Rng.CHILD, i, 0);
        boolean male = r.nextDouble() < 0.52;
        c.household[i] = h;
        c.birth[i] = birth;
        c.male[i] = male;
        c.name[i] = name(w, h, sibling, twin, male, r);
        if (hs.migrant[h]) {
            c.kind[i] = Children.MIGRANT;
        } else if (!newborn && r.nextDouble() < (sibling < 0 ? 0.004 : 0.012)) {
            c.kind[i] = Children.UNREGISTERED;
        } else {
            c.kind[i] = Children.LOCAL;
        }
        if (c.kind[i] != Children.UNREGISTERED) {
            String addr = hs.migrant[h] ? k.origins[hs.origin[h]]
                    : (r.nextDouble() < 0.9 || k.nearby.length == 0) ? k.code : k.nearby[r.nextInt(k.nearby.length)];
            c.id[i] = w.ids.allocate(addr, birth, male);
        }
        if (c.kind[i] == Children.LOCAL) {
            int delay = newborn ? 3 + r.nextInt(25) : 5 + r.nextInt(60);
            c.hukouSince[i] = Math.min(p.ref(), birth + delay);
        }
        double u = r.nextDouble();
        if (u < 0.01) {
            c.health[i] = 1;
        } else if (u < 0.022) {
            c.health[i] = 2;
            c.disability[i] = (byte) (1 + r.nextInt(Children.DISABILITY.length - 1));
        }
        c.sSchoolBefore[i] = -1;
        return i;
    }

    private static String name(World w, int h, int sibling, boolean twin, boolean male, SplittableRandom r) {
        Children c = w.ch;
        Households hs = w.hh;
        String other = sibling >= 0 ? c.name[sibling] : null;
        String name = null;
        for (int attempt = 0; attempt < 20 && (name == null || name.equals(other)); attempt++) {
            name = switch (hs.style[h]) {
                case Households.STYLE_DAI -> Names.dai(r, male);
                case Households.STYLE_DOT -> Names.dotted(Names.uyghurGiven(r, male), Names.dottedGiven(hs.father[h]));
                default -> hs.surname[h] + hanGiven(c, hs.surname[h], other, sibling, twin, male, r);
            };
        }
        return name;
    }

    private static String hanGiven(Children c, String surname, String other, int sibling, boolean twin, boolean male,
            SplittableRandom r) {
        if (other != null && c.male[sibling] == male && other.length() == surname.length() + 2
                && r.nextDouble() < (twin ? 0.8 : 0.4)) {
            return Names.siblingGiven(r, other.substring(surname.length()), male);
        }
        return Names.given(r, male, 0.75);
    }
}
