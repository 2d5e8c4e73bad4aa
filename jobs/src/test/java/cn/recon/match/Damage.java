package cn.recon.match;

import cn.recon.person.Sex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** The errors clerks make, for {@link SyntheticPopulation}. */
final class Damage {

    private Damage() {
    }

    /** With pHomophone a character after the first becomes a homophone; with pTypo another character. */
    static String name(SplittableRandom r, String name, double pHomophone, double pTypo) {
        double x = r.nextDouble();
        if (x >= pHomophone + pTypo || name.length() < 2) {
            return name;
        }
        int k = 1 + r.nextInt(name.length() - 1);
        char c = name.charAt(k);
        char h = x < pHomophone ? Names.homophone(r, c) : Names.otherChar(r, c);
        return h == 0 ? name : name.substring(0, k) + h + name.substring(k + 1);
    }

    static Sex sex(SplittableRandom r, Sex sex, double p) {
        return r.nextDouble() < p ? (sex == Sex.MALE ? Sex.FEMALE : Sex.MALE) : sex;
    }

    /** With probability p: a day off, day and month swapped, one digit wrong, another day of the month, or blank. */
    static LocalDate birth(SplittableRandom r, LocalDate d, double p) {
        if (r.nextDouble() >= p) {
            return d;
        }
        double x = r.nextDouble();
        if (x < 0.3) {
            return r.nextBoolean() ? d.plusDays(1) : d.minusDays(1);
        }
        if (x < 0.5 && d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()) {
            return LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
        }
        if (x < 0.75) {
            for (int attempt = 0; attempt < 20; attempt++) {
                char[] s = SyntheticPopulation.ymd(d).toCharArray();
                int k = 2 + r.nextInt(6);
                s[k] = (char) ('0' + r.nextInt(10));
                String t = new String(s);
                try {
                    LocalDate e = LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                            Integer.parseInt(t.substring(6)));
                    if (!e.equals(d) && e.isBefore(LocalDate.of(2026, 1, 1))) {
                        return e;
                    }
                } catch (DateTimeException | NumberFormatException e) {
                    // try another digit
                }
            }
            return d;
        }
        if (x < 0.85) {
            return d.withDayOfMonth(1 + r.nextInt(28));
        }
        return null;
    }

    /** One of the first 17 digits replaced by another. */
    static String digit(SplittableRandom r, String id) {
        char[] s = id.toCharArray();
        int k = r.nextInt(17);
        char c;
        do {
            c = (char) ('0' + r.nextInt(10));
        } while (c == s[k]);
        s[k] = c;
        return new String(s);
    }

    /** Two adjacent different digits swapped. */
    static String transpose(SplittableRandom r, String id) {
        char[] s = id.toCharArray();
        for (int attempt = 0; attempt < 30; attempt++) {
            int k = r.nextInt(16);
            if (s[k] != s[k + 1]) {
                char t = s[k];
                s[k] = s[k + 1];
                s[k + 1] = t;
                return new String(s);
            }
        }
        return digit(r, id);
    }

    /** What a hand-typed roster ID column holds. */
    static String rosterId(SplittableRandom r, String id, Supplier<String> adultId) {
        double x = r.nextDouble();
        if (x < 0.55) {
            return id;
        }
        if (x < 0.78) {
            return null;
        }
        if (x < 0.86) {
            return digit(r, id);
        }
        if (x < 0.90) {
            return transpose(r, id);
        }
        if (x < 0.93) {
            return adultId.get();
        }
        if (x < 0.96) {
            String adult = adultId.get();
            return adult.substring(0, 6) + adult.substring(8, 17);
        }
        int k = r.nextInt(18);
        return id.substring(0, k) + id.substring(k + 1);
    }
}
