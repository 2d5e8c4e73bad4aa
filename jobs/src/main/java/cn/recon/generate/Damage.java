package cn.recon.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Applies the configured damage to values as they are written; the caller passes the row's own random stream. */
final class Damage {

    private final DamageRates rates;

    Damage(DamageRates rates) {
        this.rates = rates;
    }

    /** A name as a clerk wrote it; {@code share} scales the rates (1 for roster and school, less for 户籍). */
    String name(String name, SplittableRandom r, double share) {
        double u = r.nextDouble();
        String out = name;
        if (u < rates.homophone() * share) {
            out = NameDamage.homophone(name, r);
        } else if ((u -= rates.homophone() * share) < rates.traditional() * share) {
            out = NameDamage.traditional(name);
        } else if (u - rates.traditional() * share < rates.nameSpace() * share) {
            out = NameDamage.space(name, r);
        }
        if (out.indexOf(Names.DOT) >= 0 && r.nextDouble() < rates.dotVariant()) {
            out = NameDamage.dot(out, r);
        }
        return out;
    }

    /**
     * A child's citizen ID as written. {@code id17} 0 means the child has none (blank is written);
     * {@code guardian17} is a parent's number (0 when unknown) for the 15-digit mix-up.
     */
    String id(long id17, long guardian17, SplittableRandom r, double share, double blankRate, boolean mixUp) {
        if (id17 == 0) {
            return "";
        }
        return column(typo(Ids.text(id17), r, share), guardian17, r, share, blankRate, mixUp);
    }

    /** The number after a possible typing error (one draw). */
    String typo(String id, SplittableRandom r, double share) {
        double u = r.nextDouble();
        if (u < rates.idDigitChanged() * share) {
            return IdDamage.changeDigit(id, r);
        }
        u -= rates.idDigitChanged() * share;
        if (u < rates.idDigitsSwapped() * share) {
            return IdDamage.swapDigits(id, r);
        }
        u -= rates.idDigitsSwapped() * share;
        if (u < rates.idCheckWrong() * share) {
            return IdDamage.wrongCheck(id, r);
        }
        return id;
    }

    /** What lands in the ID column: blank, a parent's 15-digit number, or the number styled (full-width, x). */
    String column(String id, long guardian17, SplittableRandom r, double share, double blankRate, boolean mixUp) {
        double u = r.nextDouble();
        if (u < blankRate) {
            return "";
        }
        if (mixUp && guardian17 != 0 && u - blankRate < rates.guardianIdInChild()) {
            return Ids.fifteen(guardian17);
        }
        return style(id, r, share);
    }

    /** Full-width digits and a lowercase x, as some clerks' input methods give them. */
    String style(String s, SplittableRandom r, double share) {
        String out = s;
        if (out.endsWith("X") && r.nextDouble() < rates.idLowercaseX() * share) {
            out = out.substring(0, out.length() - 1) + "x";
        }
        if (r.nextDouble() < rates.idFullWidth() * share) {
            out = IdDamage.fullWidth(out);
        }
        return out;
    }

    /** The date form of a row: the file's usual form, or another one at the configured rate. */
    Dates.Form form(SplittableRandom r, Dates.Form usual) {
        if (r.nextDouble() >= rates.dateOtherFormat()) {
            return usual;
        }
        int k = r.nextInt(Dates.FORMS.length - 1);
        return Dates.FORMS[k >= usual.ordinal() ? k + 1 : k];
    }

    boolean excelDate(SplittableRandom r) {
        return r.nextDouble() < rates.excelDate();
    }

    String sex(boolean male, SplittableRandom r) {
        if (r.nextDouble() < rates.sexNumeric()) {
            return male ? "1" : "2";
        }
        return male ? "男" : "女";
    }

    /** Sex as a roster or school clerk wrote it: sometimes the wrong one. */
    String sexMaybeWrong(boolean male, SplittableRandom r) {
        return sex(r.nextDouble() < rates.sexWrong() != male, r);
    }

    /** A birth date as a roster or school clerk wrote it: sometimes a day or a year off, or day and month swapped. */
    int birth(int day, SplittableRandom r) {
        if (r.nextDouble() >= rates.birthDateWrong()) {
            return day;
        }
        LocalDate d = Dates.date(day);
        return switch (r.nextInt(3)) {
            case 0 -> day + (r.nextBoolean() ? 1 : -1);
            case 1 -> d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()
                    ? (int) LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue())
                            .toEpochDay()
                    : day + 10;
            default -> (int) d.plusYears(r.nextBoolean() ? 1 : -1).toEpochDay();
        };
    }

    DamageRates rates() {
        return rates;
    }
}
