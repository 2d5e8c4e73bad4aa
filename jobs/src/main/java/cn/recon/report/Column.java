package cn.recon.report;

import java.util.function.Function;

/**
 * One column of a list sheet: its Chinese header, its width in characters (a Chinese character counts two) and
 * how to get its value from a row. Values may be String, LocalDate, Number or null.
 */
record Column<T>(String header, int width, Kind kind, Function<T, Object> value) {

    enum Kind { TEXT, WRAP, CENTER, DATE, INTEGER, KEY_CHILD }

    static <T> Column<T> text(String header, int width, Function<T, Object> value) {
        return new Column<>(header, width, Kind.TEXT, value);
    }

    static <T> Column<T> wrap(String header, int width, Function<T, Object> value) {
        return new Column<>(header, width, Kind.WRAP, value);
    }

    static <T> Column<T> center(String header, int width, Function<T, Object> value) {
        return new Column<>(header, width, Kind.CENTER, value);
    }

    static <T> Column<T> date(String header, Function<T, Object> value) {
        return new Column<>(header, 12, Kind.DATE, value);
    }
}
