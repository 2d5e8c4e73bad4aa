package cn.recon.match;

/** Day arithmetic on yyyyMMdd ints without allocating. */
final class Dates {

    private static final int[] DAYS_IN_MONTH = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Dates() {
    }

    /** Days since 1970-01-01 of a yyyyMMdd int, or Integer.MIN_VALUE when it is no date. */
    static int epochDay(int ymd) {
        int y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
        if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m]
                || (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))) {
            return Integer.MIN_VALUE;
        }
        // days from civil (proleptic Gregorian), H. Hinnant's algorithm
        int yy = m <= 2 ? y - 1 : y;
        int era = yy / 400;
        int yoe = yy - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
