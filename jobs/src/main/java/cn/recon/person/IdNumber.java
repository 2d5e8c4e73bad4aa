package cn.recon.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A citizen ID (公民身份号码, GB 11643-1999) as read from an extract: the raw text, its normalised form, and whether it
 * is valid. Parsing never throws: a bad number is still a value, with its {@link Problem}, because a child with a
 * mistyped ID is still a child.
 *
 * @param raw        the text as it stood in the file (may be null)
 * @param normalized full-width to ASCII, spaces and dashes removed, x to X, a valid 15-digit number converted to 18;
 *                   null when the raw text was blank
 * @param problem    null when valid
 */
public record IdNumber(String raw, String normalized, Problem problem) {

    /** Why a number is not valid. */
    public enum Problem {
        /** Not 15 or 18 characters of the right kind after normalising. */
        BAD_LENGTH,
        /** The birth date part is not a real date (or lies in the future). */
        BAD_DATE,
        /** The check character does not match the first 17 digits. */
        BAD_CHECK,
        /** A 15-digit (pre-1999) number: valid for an adult, never for a child born after 1999. */
        FIFTEEN_DIGIT,
        /**
         * Stored as a number in a spreadsheet (a numeric cell of more than 15 digits, or text like 1.10105E+17): the
         * digits after the 15th are lost, so the number is not the person's even if it happens to pass the check.
         * Never produced by {@link #parse}; set by the extract readers.
         */
        STORED_AS_NUMBER
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public static IdNumber parse(String raw) {
        String n = normalize(raw);
        if (n == null) {
            return new IdNumber(raw, null, null);
        }
        if (n.length() == 15 && allDigits(n, 15)) {
            LocalDate d = date("19" + n.substring(6, 12));
            if (d == null) {
                return new IdNumber(raw, n, Problem.BAD_DATE);
            }
            String first17 = n.substring(0, 6) + "19" + n.substring(6);
            return new IdNumber(raw, first17 + checkCharacter(first17), Problem.FIFTEEN_DIGIT);
        }
        if (n.length() != 18 || !allDigits(n, 17) || !(Character.isDigit(n.charAt(17)) || n.charAt(17) == 'X')) {
            return new IdNumber(raw, n, Problem.BAD_LENGTH);
        }
        if (date(n.substring(6, 14)) == null) {
            return new IdNumber(raw, n, Problem.BAD_DATE);
        }
        if (checkCharacter(n.substring(0, 17)) != n.charAt(17)) {
            return new IdNumber(raw, n, Problem.BAD_CHECK);
        }
        return new IdNumber(raw, n, null);
    }

    /** Full-width to ASCII, spaces and dashes stripped, lowercase x to X; null for blank input. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2014' || c == '\u2013'
                    || c == '\'' || c == '"' || c == '\uFEFF') {
                continue;
            }
            if (c == 'x') {
                c = 'X';
            }
            sb.append(c);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** The GB 11643 check character of 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int s = 0;
        for (int i = 0; i < 17; i++) {
            s += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(s % 11);
    }

    public boolean isBlank() {
        return normalized == null;
    }

    /** Valid 18-digit number (a converted 15-digit one is reported as {@link Problem#FIFTEEN_DIGIT}, not valid). */
    public boolean isValid() {
        return normalized != null && problem == null;
    }

    /** Structurally a citizen ID of 18 characters (valid, or converted from 15 digits). */
    public boolean isWellFormed() {
        return normalized != null && (problem == null || problem == Problem.FIFTEEN_DIGIT);
    }

    /** Birth date encoded in a well-formed number. */
    public Optional<LocalDate> birthDate() {
        return isWellFormed() ? Optional.ofNullable(date(normalized.substring(6, 14))) : Optional.empty();
    }

    /** Sex from the sequence digit of a well-formed number: odd male, even female. */
    public Optional<Sex> sex() {
        if (!isWellFormed()) {
            return Optional.empty();
        }
        return Optional.of((normalized.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    /** The 6-digit address code where the number was first issued (not a residence). */
    public Optional<String> addressCode() {
        return normalized != null && normalized.length() >= 6 && allDigits(normalized, 6)
                ? Optional.of(normalized.substring(0, 6)) : Optional.empty();
    }

    /** First 6 and last 4 characters kept, the rest masked, as the privacy rules ask. */
    public static String mask(String id) {
        if (id == null || id.length() <= 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    private static boolean allDigits(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(String yyyymmdd) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
            return d.getYear() < 1900 || d.isAfter(LocalDate.now().plusDays(1)) ? null : d;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
