package cn.recon.match;

import static cn.recon.match.Field.*;

/** Compares two records of a {@link RecordTable} field by field; the result is the packed levels. Stateless. */
final class Comparisons {

    /** Birth dates further apart than this (and no single slip) are YEARS_APART: more than a year and a month. */
    private static final int YEARS_APART_DAYS = 400;

    private Comparisons() {
    }

    static int compare(RecordTable t, int i, int j) {
        return compareWithoutId(t, i, j) | ID.pack(idLevel(t, i, j));
    }

    /** All fields but the ID (whose level is left MISSING). */
    static int compareWithoutId(RecordTable t, int i, int j) {
        int si = t.sex(i), sj = t.sex(j);
        return NAME.pack(nameLevel(t, i, j))
                | BIRTH_DATE.pack(birthLevel(t, i, j))
                | SEX.pack(si == 0 || sj == 0 ? MISSING : si == sj ? SEX_AGREE : SEX_DISAGREE)
                | PLACE.pack(placeLevel(t, i, j))
                | FAMILY.pack(familyLevel(t, i, j));
    }

    /** Whether the two records share a parent's or guardian's citizen ID. */
    static boolean shareParentId(RecordTable t, int i, int j) {
        for (int x = 0; x < 3; x++) {
            long a = t.parentId(i, x);
            if (a == RecordTable.NO_PARENT) {
                continue;
            }
            for (int y = 0; y < 3; y++) {
                if (a == t.parentId(j, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    static int nameLevel(RecordTable t, int i, int j) {
        int a = t.name(i), b = t.name(j);
        if (a == RecordTable.NONE || b == RecordTable.NONE) {
            return MISSING;
        }
        if (a == b) {
            return NAME_EXACT;
        }
        if (t.pinyin(i) == t.pinyin(j)) {
            return NAME_PINYIN;
        }
        long ca = t.nameChars[a], cb = t.nameChars[b];
        boolean oneEdit = ca != UNPACKED && cb != UNPACKED ? withinOneEdit(ca, cb)
                : withinOneEdit(t.names.value(a), t.names.value(b));
        return oneEdit ? NAME_ONE_CHAR : NAME_DIFFERENT;
    }

    /** The closer of the records' birth dates, each record's second date ({@link RecordTable#altBirth}) counted. */
    static int birthLevel(RecordTable t, int i, int j) {
        int level = birthLevelOfBcd(t.birthBcd(i), t.birthBcd(j));
        if (t.altBirth[i] != 0) {
            level = closer(level, birthLevelOfBcd(Dates.bcd(t.altBirth[i]), t.birthBcd(j)));
        }
        if (t.altBirth[j] != 0) {
            level = closer(level, birthLevelOfBcd(t.birthBcd(i), Dates.bcd(t.altBirth[j])));
        }
        return level;
    }

    /** The stronger of two birth levels (levels are numbered from the closest; MISSING is no evidence). */
    private static int closer(int a, int b) {
        return a == MISSING ? b : b == MISSING ? a : Math.min(a, b);
    }

    /**
     * {@link #birthLevel(int, int)} of two dates as {@link Dates#bcd}s, without dividing: the records' own birth
     * dates are compared so, a million times while u is estimated.
     */
    static int birthLevelOfBcd(int a, int b) {
        if (a == 0 || b == 0) {
            return MISSING;
        }
        if (a == b) {
            return BIRTH_EXACT;
        }
        int dayA = Dates.epochDayOfBcd(a), dayB = Dates.epochDayOfBcd(b);
        int gap = dayA == Integer.MIN_VALUE || dayB == Integer.MIN_VALUE ? -1 : Math.abs(dayA - dayB);
        if (gap == 1) {
            return BIRTH_ONE_DAY;
        }
        if (a >>> 16 == b >>> 16 && (a >>> 8 & 0xFF) == (b & 0xFF) && (a & 0xFF) == (b >>> 8 & 0xFF)) {
            return BIRTH_SWAP;
        }
        if (Dates.differingDigits(a, b) == 1) {
            return BIRTH_ONE_DIGIT;
        }
        if (a >>> 8 == b >>> 8) {
            return BIRTH_YEAR_MONTH;
        }
        return gap > YEARS_APART_DAYS ? BIRTH_YEARS_APART : BIRTH_DIFFERENT;
    }

    /** Birth dates as yyyyMMdd ints (0 = unknown). */
    static int birthLevel(int ymdA, int ymdB) {
        return birthLevelOfBcd(Dates.bcd(ymdA), Dates.bcd(ymdB));
    }

    static int placeLevel(RecordTable t, int i, int j) {
        int code12 = same(t.area12(i), t.area12(j));
        if (code12 == 1) {
            return PLACE_VILLAGE;
        }
        int twp = same(t.township(i), t.township(j));
        if (twp == 0) {
            twp = same(t.area9(i), t.area9(j));
        }
        int vil = same(t.village(i), t.village(j));
        if (vil == 0) {
            vil = code12;
        }
        if (twp == -1) {
            return PLACE_DIFFERENT;
        }
        if (twp == 1) {
            return vil == 1 ? PLACE_VILLAGE : vil == -1 ? PLACE_OTHER_VILLAGE : PLACE_TOWNSHIP;
        }
        return vil == 1 ? PLACE_VILLAGE : vil == -1 ? PLACE_DIFFERENT : MISSING;
    }

    /** 1 equal, -1 different, 0 unknown on either side. */
    private static int same(int a, int b) {
        return a == RecordTable.NONE || b == RecordTable.NONE ? 0 : a == b ? 1 : -1;
    }

    static int familyLevel(RecordTable t, int i, int j) {
        if (shareParentId(t, i, j)) {
            return FAMILY_PARENT_ID;
        }
        boolean any = false;
        int best = MISSING;
        for (int x = 0; x < 3; x++) {
            int a = t.family(i, x);
            if (a == RecordTable.NONE) {
                continue;
            }
            for (int y = 0; y < 3; y++) {
                int b = t.family(j, y);
                if (b == RecordTable.NONE) {
                    continue;
                }
                any = true;
                if (a == b) {
                    return FAMILY_EXACT;
                }
                if (t.namePinyin[a] == t.namePinyin[b]) {
                    best = FAMILY_PINYIN;
                }
            }
        }
        return best != MISSING ? best : any ? FAMILY_DIFFERENT : MISSING;
    }

    /** The family name both records share (the rarest, when several), or NONE. */
    static int agreeingFamilyName(RecordTable t, int i, int j) {
        int found = RecordTable.NONE;
        for (int x = 0; x < 3; x++) {
            int a = t.family(i, x);
            if (a == RecordTable.NONE) {
                continue;
            }
            for (int y = 0; y < 3; y++) {
                if (t.family(j, y) == a && (found == RecordTable.NONE || t.tf.family(a, 1) < t.tf.family(found, 1))) {
                    found = a;
                }
            }
        }
        return found;
    }

    static int idLevel(RecordTable t, int i, int j) {
        String a = t.idText[i], b = t.idText[j];
        if (a == null && b != null && slipOf(t, i, b) || b == null && a != null && slipOf(t, j, a)) {
            return ID_EDIT1;
        }
        if (a == null || b == null) {
            if (a == null && b == null) {
                return t.noId(i) && t.noId(j) ? ID_NO_ID_BOTH : MISSING;
            }
            return (a == null && t.noId(i)) || (b == null && t.noId(j)) ? ID_NO_ID_CONFLICT : MISSING;
        }
        if (a.equals(b)) {
            return ID_EXACT;
        }
        if (withinOneEdit(a, b)) {
            return ID_EDIT1;
        }
        if (a.length() >= 14 && b.length() >= 14) {
            if (a.regionMatches(0, b, 0, 14)) {
                return ID_PREFIX_BIRTH;
            }
            if (a.regionMatches(6, b, 6, 8)) {
                return ID_BIRTH_PART;
            }
        }
        return ID_DIFFERENT;
    }

    /**
     * Record i's ID was set aside, its birth date part contradicting i's birth date, yet it is one slip from the other
     * record's ID, which fits i's birth date: i's ID is that ID mistyped (a year digit, say, with i's birth date
     * mistyped too), not a guardian's ID typed into the child's field, whose birth part fits no child's date.
     */
    private static boolean slipOf(RecordTable t, int i, String other) {
        String mine = t.setAsideId[i];
        return mine != null && withinOneEdit(mine, other)
                && RecordTable.idFitsBirth(other, t.birth(i), t.idBirthToleranceDays);
    }

    /** {@link #pack} of a text it cannot pack. */
    static final long UNPACKED = -1;

    /**
     * Up to four UTF-16 chars in the 16-bit lanes of a long, the first in the lowest, empty lanes zero; {@link
     * #UNPACKED} for a longer text or one holding U+0000 or U+FFFF.
     */
    static long pack(String s) {
        if (s.length() > 4) {
            return UNPACKED;
        }
        long packed = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == 0 || c == 0xFFFF) {
                return UNPACKED;
            }
            packed |= (long) c << (16 * k);
        }
        return packed;
    }

    /**
     * {@link #withinOneEdit(String, String)} of two {@link #pack packed} texts, read without unpacking them. The same
     * steps as that method, over lanes instead of chars: a shared helper over both would cost the hot loop a call
     * per char; {@code ComparisonsTest} checks the two agree on every pair of short texts.
     */
    static boolean withinOneEdit(long a, long b) {
        int la = lanes(a), lb = lanes(b);
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la == lb) {
            long x = a ^ b;
            int first = -1, diffs = 0;
            for (int k = 0; k < la; k++) {
                if ((x >>> (16 * k) & 0xFFFF) != 0) {
                    if (++diffs == 1) {
                        first = k;
                    } else if (diffs > 2) {
                        return false;
                    }
                }
            }
            if (diffs <= 1) {
                return true;
            }
            // two lanes differ: a transposition when they are the first and the next, swapped
            int k = first;
            return k + 1 < la && lane(a, k) == lane(b, k + 1) && lane(a, k + 1) == lane(b, k);
        }
        long s = la < lb ? a : b, l = la < lb ? b : a;
        for (int k = 0; k <= lanes(s); k++) {
            if (withoutLane(l, k) == s) {
                return true;
            }
        }
        return false;
    }

    private static int lanes(long packed) {
        return (64 - Long.numberOfLeadingZeros(packed) + 15) / 16;
    }

    private static int lane(long packed, int k) {
        return (int) (packed >>> (16 * k)) & 0xFFFF;
    }

    /** The packed text without its lane k, the lanes above it moved down one. */
    private static long withoutLane(long packed, int k) {
        long below = packed & ((1L << (16 * k)) - 1);
        long above = k + 1 < 4 ? packed >>> (16 * (k + 1)) << (16 * k) : 0;
        return below | above;
    }

    /** True when a and b differ by at most one substitution, insertion, deletion or adjacent transposition. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la == lb) {
            int first = -1, diffs = 0;
            for (int k = 0; k < la; k++) {
                if (a.charAt(k) != b.charAt(k)) {
                    if (++diffs == 1) {
                        first = k;
                    } else if (diffs > 2) {
                        return false;
                    }
                }
            }
            if (diffs <= 1) {
                return true;
            }
            int k = first;
            return k + 1 < la && a.charAt(k) == b.charAt(k + 1) && a.charAt(k + 1) == b.charAt(k)
                    && a.regionMatches(k + 2, b, k + 2, la - k - 2);
        }
        String s = la < lb ? a : b, l = la < lb ? b : a;
        int k = 0;
        while (k < s.length() && s.charAt(k) == l.charAt(k)) {
            k++;
        }
        return s.regionMatches(k, l, k + 1, s.length() - k);
    }
}
