package cn.recon.match;

/**
 * Day arithmetic on yyyyMMdd ints without allocating or dividing: a date is read as binary-coded decimal digits
 * ({@link #bcd}), its days counted from tables of year and month starts.
 */
final class Dates {

    private static final int[] DAYS_IN_MONTH = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int FIRST_YEAR = 1800, LAST_YEAR = 2200;
    /** Per year from FIRST_YEAR: its 1 January as {@link #epochDay}. */
    private static final int[] YEAR_START = new int[LAST_YEAR - FIRST_YEAR + 1];
    /** Per year from FIRST_YEAR: 1 for a leap year, else 0. */
    private static final byte[] LEAP = new byte[LAST_YEAR - FIRST_YEAR + 1];
    /** Per leap (1) or common (0) year, per month: days from 1 January to the month's first day. */
    private static final int[][] MONTH_START = new int[2][13];

    static {
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            YEAR_START[y - FIRST_YEAR] = (int) java.time.LocalDate.of(y, 1, 1).toEpochDay();
            LEAP[y - FIRST_YEAR] = (byte) (java.time.Year.isLeap(y) ? 1 : 0);
        }
        for (int leap = 0; leap < 2; leap++) {
            for (int m = 2; m <= 12; m++) {
                int days = m - 1 == 2 ? 28 + leap : DAYS_IN_MONTH[m - 1];
                MONTH_START[leap][m] = MONTH_START[leap][m - 1] + days;
            }
        }
    }

    private Dates() {
    }

    /**
     * A yyyyMMdd int as eight binary-coded decimal digits, four bits each (2015-03-04 is 0x20150304): its year, month
     * and day and the digits two dates differ in are then read with shifts, without dividing. {@code ymd} must lie in
     * 0..99,999,999.
     */
    static int bcd(int ymd) {
        if (ymd < 0 || ymd > 99_999_999) {
            throw new IllegalArgumentException("not a yyyyMMdd date: " + ymd);
        }
        int bcd = 0;
        for (int shift = 0; ymd > 0; shift += 4, ymd /= 10) {
            bcd |= (ymd % 10) << shift;
        }
        return bcd;
    }

    /** The yyyyMMdd int of a {@link #bcd}. */
    static int ymdOfBcd(int bcd) {
        return decimal(bcd >>> 16) * 10000 + decimal(bcd >>> 8 & 0xFF) * 100 + decimal(bcd & 0xFF);
    }

    /** {@link #epochDay} of a {@link #bcd}. */
    static int epochDayOfBcd(int bcd) {
        int y = decimal(bcd >>> 16), m = decimal(bcd >>> 8 & 0xFF), d = decimal(bcd & 0xFF);
        if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12) {
            return Integer.MIN_VALUE;
        }
        int leap = LEAP[y - FIRST_YEAR];
        if (d < 1 || d > (m == 2 ? 28 + leap : DAYS_IN_MONTH[m])) {
            return Integer.MIN_VALUE;
        }
        return YEAR_START[y - FIRST_YEAR] + MONTH_START[leap][m] + d - 1;
    }

    /** How many of the eight decimal digits of two {@link #bcd}s differ. */
    static int differingDigits(int bcdA, int bcdB) {
        int x = bcdA ^ bcdB;
        x |= x >>> 1 | x >>> 2 | x >>> 3;
        return Integer.bitCount(x & 0x11111111);
    }

    /** The value of up to four BCD digits. */
    private static int decimal(int bcd) {
        return (bcd >>> 12 & 15) * 1000 + (bcd >>> 8 & 15) * 100 + (bcd >>> 4 & 15) * 10 + (bcd & 15);
    }

    /**
     * Days since 1970-01-01 of a yyyyMMdd int (0..99,999,999), or Integer.MIN_VALUE when it is no date of the years
     * 1800-2200.
     */
    static int epochDay(int ymd) {
        return epochDayOfBcd(bcd(ymd));
    }
}
