package cn.recon.person;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as 2026Q3; its reference date is its last day. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})\\s*[Qq]([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter number must be 1 to 4, was " + number);
        }
    }

    /** Parses {@code 2026Q3}; throws with a plain message otherwise. */
    public static Quarter parse(String s) {
        Matcher m = FORM.matcher(s == null ? "" : s.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quarter: '" + s + "' (expected e.g. 2026Q3)");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate d) {
        return new Quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The reference date: the last day of the quarter (2026Q3 → 2026-09-30). */
    public LocalDate referenceDate() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public List<YearMonth> months() {
        YearMonth first = YearMonth.from(firstDay());
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
