package cn.recon.generate;

import java.time.LocalDate;

/** Dates as epoch days (int), with the age arithmetic and the written forms the extracts use. */
final class Dates {

    /** The written date forms of FORMATS.md. */
    enum Form { ISO, SLASH, COMPACT, DOTTED, CHINESE }

    static final Form[] FORMS = Form.values();

    private Dates() {
    }

    static int day(int y, int m, int d) {
        return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    static LocalDate date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    /** Whole years of age on a day. */
    static int age(int birth, int on) {
        LocalDate b = LocalDate.ofEpochDay(birth);
        LocalDate o = LocalDate.ofEpochDay(on);
        int a = o.getYear() - b.getYear();
        if (o.getMonthValue() < b.getMonthValue()
                || (o.getMonthValue() == b.getMonthValue() && o.getDayOfMonth() < b.getDayOfMonth())) {
            a--;
        }
        return a;
    }

    /** The day a person reaches an age (29 February birthdays count on 28 February in other years). */
    static int birthday(int birth, int years) {
        return (int) LocalDate.ofEpochDay(birth).plusYears(years).toEpochDay();
    }

    /** yyyyMMdd as a number. */
    static int ymd(int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    static String format(int epochDay, Form form) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        int y = d.getYear();
        int m = d.getMonthValue();
        int dd = d.getDayOfMonth();
        StringBuilder sb = new StringBuilder(12);
        switch (form) {
            case ISO -> sb.append(y).append('-').append(m < 10 ? "0" : "").append(m).append('-')
                    .append(dd < 10 ? "0" : "").append(dd);
            case SLASH -> sb.append(y).append('/').append(m).append('/').append(dd);
            case COMPACT -> sb.append(y).append(m < 10 ? "0" : "").append(m).append(dd < 10 ? "0" : "").append(dd);
            case DOTTED -> sb.append(y).append('.').append(m).append('.').append(dd);
            case CHINESE -> sb.append(y).append('年').append(m).append('月').append(dd).append('日');
            default -> throw new IllegalStateException();
        }
        return sb.toString();
    }
}
