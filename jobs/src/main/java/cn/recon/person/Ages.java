package cn.recon.person;

import java.time.LocalDate;

/** Ages in whole years, as the rules count them. */
public final class Ages {

    private Ages() {
    }

    /**
     * Completed years of life at a date: the birthday counts on the day itself (born 29 February: on 1 March of a
     * common year). Negative when {@code at} lies before the birth.
     */
    public static int yearsAt(LocalDate birth, LocalDate at) {
        int years = at.getYear() - birth.getYear();
        if (at.getMonthValue() < birth.getMonthValue()
                || at.getMonthValue() == birth.getMonthValue() && at.getDayOfMonth() < birth.getDayOfMonth()) {
            years--;
        }
        return years;
    }
}
