package cn.recon.person;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A national student number (全国学籍号) as read from a 学籍 extract: {@code G} + citizen ID, {@code J} + a
 * self-generated ID-shaped code, or {@code L} + 6-digit area code + 8-digit birth date + 4 digits. Parsing never
 * throws: a malformed number is still a value, with its {@link Problem}.
 *
 * <p>Only a {@code G} number carries a citizen ID ({@link #citizenId()}); the body of a {@code J} or {@code L} number
 * must never be linked to a 户籍 ID.
 *
 * @param raw        the text as it stood in the file (may be null)
 * @param normalized full-width to ASCII, spaces and dashes removed, letters upper-cased; null when blank
 * @param kind       "G", "J" or "L" from the first character, null when it is none of these (or blank)
 * @param problem    null when well-formed
 */
public record StudentNumber(String raw, String normalized, String kind, Problem problem) {

    /** Why a student number is not well-formed. */
    public enum Problem {
        /** Not 19 characters after normalising. */
        BAD_LENGTH,
        /** The first character is not G, J or L. */
        BAD_KIND,
        /** The 18 characters after the letter are not of the shape the letter requires. */
        BAD_BODY,
        /** A G number whose body fails citizen-ID validation (date or check character). */
        BAD_CITIZEN_ID
    }

    public static StudentNumber parse(String raw) {
        String n = IdNumber.normalize(raw);
        if (n == null) {
            return new StudentNumber(raw, null, null, null);
        }
        char first = n.charAt(0);
        if (first >= 'a' && first <= 'z') {
            first = (char) (first - 32);
            n = first + n.substring(1);
        }
        String kind = first == 'G' ? "G" : first == 'J' ? "J" : first == 'L' ? "L" : null;
        if (kind == null) {
            return new StudentNumber(raw, n, null, Problem.BAD_KIND);
        }
        if (n.length() != 19) {
            return new StudentNumber(raw, n, kind, Problem.BAD_LENGTH);
        }
        Problem p = switch (first) {
            case 'G' -> idShaped(n) ? (IdNumber.parse(n.substring(1)).isValid() ? null : Problem.BAD_CITIZEN_ID)
                    : Problem.BAD_BODY;
            case 'J' -> idShaped(n) ? null : Problem.BAD_BODY;
            default -> temporaryShaped(n) ? null : Problem.BAD_BODY;
        };
        return new StudentNumber(raw, n, kind, p);
    }

    public boolean isBlank() {
        return normalized == null;
    }

    public boolean isValid() {
        return normalized != null && problem == null;
    }

    /**
     * The citizen ID carried by a G number of 19 characters (valid or not: its own {@link IdNumber#problem()} says);
     * empty for J and L numbers, which never carry one, and for numbers too malformed to have a body.
     */
    public Optional<IdNumber> citizenId() {
        if (!"G".equals(kind) || normalized.length() != 19) {
            return Optional.empty();
        }
        return Optional.of(IdNumber.parse(normalized.substring(1)));
    }

    /**
     * The birth date written inside a J or L number of 19 characters: characters 8–15, after the letter and the
     * 6-digit area code, when they form a real date. Empty for G numbers (their citizen ID carries the date) and for
     * numbers too malformed to have one. Only the date: a J/L body is never a citizen ID.
     */
    public Optional<LocalDate> birthDateInNumber() {
        if (!("J".equals(kind) || "L".equals(kind)) || normalized.length() != 19) {
            return Optional.empty();
        }
        return Optional.ofNullable(Dates.parse(normalized.substring(7, 15)));
    }

    /** 17 digits then a digit or X, from index 1. */
    private static boolean idShaped(String n) {
        for (int i = 1; i < 18; i++) {
            if (!digit(n.charAt(i))) {
                return false;
            }
        }
        char last = n.charAt(18);
        return digit(last) || last == 'X';
    }

    /** 18 digits from index 1 whose characters 7 to 14 are a real date. */
    private static boolean temporaryShaped(String n) {
        for (int i = 1; i < 19; i++) {
            if (!digit(n.charAt(i))) {
                return false;
            }
        }
        return Dates.parse(n.substring(7, 15)) != null;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
