package cn.recon.match;

import cn.recon.person.Sex;
import cn.recon.person.StudentNumber;
import cn.recon.source.Source;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a run as rows of small ints, one row per record (48 bytes: one cache line), so that comparing two
 * records costs a few memory reads and touches no String but IDs and the rare name edit check: names, pinyin,
 * places and family names are dictionary ids; birth dates are yyyyMMdd ints. Built once, then read-only (safe to
 * share between threads).
 */
final class RecordTable {

    static final int NONE = -1;
    private static final int STRIDE = 12;
    private static final int NAME = 0, PINYIN = 1, BIRTH = 2, FLAGS = 3, TOWNSHIP = 4, VILLAGE = 5, AREA9 = 6,
            AREA12 = 7, FAMILY = 8, TWP_KEY = 11;

    final int n;
    final List<MatchRecord> records;
    private final int[] row;
    /** Surname reading id (first pinyin syllable), for blocking. */
    final int[] surname;
    /** ID text used in comparisons: null when blank or when it cannot be this child's (birth date contradicts). */
    final String[] idText;
    /** The valid, trusted citizen ID as a number (see {@link #idKey(String)}), or -1. */
    final long[] idKey;
    /** The record's valid ID was not used: its birth date part contradicts the record's birth date. */
    final boolean[] idIgnored;
    /**
     * The ID set aside because its birth date part contradicts the record's birth date (valid or not), else null:
     * compared only with IDs that do fit this record's birth date, and then only for one slip ({@link
     * Comparisons#idLevel}), and used for blocking.
     */
    final String[] setAsideId;
    /** Per record: the place code id of {@link MatchRecord#nearAreaCode()} (9 digits), or NONE. */
    private final int[] nearArea9;
    /** Per record: the township key for blocking: its own, else that of the place near it, else NONE. */
    private final int[] blockTwp;
    /** The tolerance of {@link #idFitsBirth}, in days. */
    final int idBirthToleranceDays;
    final int idsIgnored;
    /**
     * Per record three slots (0 guardian, 1 father, 2 mother): a parent's or guardian's ID as a number ({@link
     * #parentKey}), or {@link #NO_PARENT}. Compared a million times while u is estimated: numbers, not strings.
     */
    private final long[] parentIds;
    static final long NO_PARENT = -1;
    /** Parent IDs that are not digits (with a final check character): numbered here, keys below -1. */
    private final Dictionary oddParentIds = new Dictionary(64);

    final Dictionary names = new Dictionary(1024);
    final Dictionary pinyins = new Dictionary(1024);
    final Dictionary places = new Dictionary(256);
    /** Per name id: its pinyin id. */
    final int[] namePinyin;
    /**
     * Per name id: its characters packed ({@link Comparisons#pack}), or {@link Comparisons#UNPACKED} for a name of more
     * than four. A million random pairs are compared while u is estimated, almost all with different names: the
     * one-edit check reads these eight bytes per name, not a String and its array, each a cache miss.
     */
    final long[] nameChars;
    /**
     * Per record: a second birth date (yyyyMMdd) where the record carries one that differs from its birth date, else
     * 0. An {@code L} student number is L + area code + birth date + 4 digits, a {@code J} number an ID-shaped code
     * (DOMAIN.md), both written when the number was given; 学籍's birth date field may have been mistyped since, or
     * the number's digits. Only the date is used: a J/L body is never compared with a citizen ID.
     */
    final int[] altBirth;
    /** How many records have a second birth date. */
    final int altBirths;
    /** Set by {@link #countFrequencies} once the ID clusters are known. */
    TermFrequencies tf;

    RecordTable(List<MatchRecord> records, int idBirthToleranceDays) {
        this.records = records;
        n = records.size();
        row = new int[n * STRIDE];
        surname = new int[n];
        idText = new String[n];
        idKey = new long[n];
        idIgnored = new boolean[n];
        setAsideId = new String[n];
        nearArea9 = new int[n];
        blockTwp = new int[n];
        this.idBirthToleranceDays = idBirthToleranceDays;
        altBirth = new int[n];
        parentIds = new long[n * 3];
        PlaceCache placeCache = new PlaceCache();
        int ignored = 0, seconds = 0;
        for (int i = 0; i < n; i++) {
            MatchRecord r = records.get(i);
            int o = i * STRIDE;
            row[o + NAME] = names.id(r.name());
            int ymd = ymd(r.birthDate());
            row[o + BIRTH] = Dates.bcd(ymd);
            int numberYmd = numberBirth(r);
            altBirth[i] = numberYmd != ymd ? numberYmd : 0;
            seconds += altBirth[i] != 0 ? 1 : 0;
            int sex = r.sex() == null ? 0 : r.sex() == Sex.MALE ? 1 : 2;
            boolean noId = r.noIdEvidence() && r.idNumber() == null;
            row[o + FLAGS] = r.source().ordinal() | sex << 2 | (noId ? 16 : 0);
            row[o + TOWNSHIP] = placeCache.township(r.township());
            row[o + VILLAGE] = placeCache.village(r.village());
            int[] codes = placeCache.code(r.areaCode());
            row[o + AREA9] = codes[0];
            row[o + AREA12] = codes[1];
            nearArea9[i] = placeCache.code(r.nearAreaCode())[0];
            row[o + FAMILY] = names.id(r.guardianName());
            row[o + FAMILY + 1] = names.id(r.fatherName());
            row[o + FAMILY + 2] = names.id(r.motherName());
            parentIds[i * 3] = parentId(r.guardianId(), r.idNumber());
            parentIds[i * 3 + 1] = parentId(r.fatherId(), r.idNumber());
            parentIds[i * 3 + 2] = parentId(r.motherId(), r.idNumber());
            idKey[i] = -1;
            String id = r.idNumber();
            if (id != null && !idFitsBirth(id, ymd, idBirthToleranceDays)) {
                setAsideId[i] = id;
                id = null;
                if (r.idValid()) {
                    idIgnored[i] = true;
                    ignored++;
                }
            } else if (r.idValid()) {
                idKey[i] = idKey(id);
            }
            idText[i] = id;
        }
        idsIgnored = ignored;
        altBirths = seconds;
        fillPlaceNamesFromCodes();
        namePinyin = new int[names.size()];
        nameChars = new long[names.size()];
        for (int id = 0; id < names.size(); id++) {
            namePinyin[id] = pinyins.id(Pinyin.of(names.value(id)));
            nameChars[id] = Comparisons.pack(names.value(id));
        }
        Dictionary syllables = new Dictionary(512);
        int[] surnameOfPinyin = new int[pinyins.size()];
        for (int p = 0; p < pinyins.size(); p++) {
            surnameOfPinyin[p] = syllables.id(Pinyin.firstSyllable(pinyins.value(p)));
        }
        for (int i = 0; i < n; i++) {
            int nm = row[i * STRIDE + NAME];
            row[i * STRIDE + PINYIN] = nm == NONE ? NONE : namePinyin[nm];
            surname[i] = nm == NONE ? NONE : surnameOfPinyin[namePinyin[nm]];
        }
    }

    int name(int i) {
        return row[i * STRIDE + NAME];
    }

    int pinyin(int i) {
        return row[i * STRIDE + PINYIN];
    }

    /**
     * The birth date inside the J or L student number of a 学籍 record ({@link StudentNumber#birthDateInNumber}), as
     * yyyyMMdd, else 0. G numbers are passed over on their first letter, unparsed.
     */
    private static int numberBirth(MatchRecord r) {
        String key = r.sourceKey();
        if (r.source() != Source.SCHOOL || key == null || key.isEmpty()
                || key.charAt(0) != 'J' && key.charAt(0) != 'L') {
            return 0;
        }
        return StudentNumber.parse(key).birthDateInNumber().map(RecordTable::ymd).orElse(0);
    }

    private static int ymd(LocalDate b) {
        return b == null ? 0 : b.getYear() * 10000 + b.getMonthValue() * 100 + b.getDayOfMonth();
    }

    /** Birth date as yyyyMMdd, 0 when unknown. */
    int birth(int i) {
        return Dates.ymdOfBcd(row[i * STRIDE + BIRTH]);
    }

    /** {@link #birth} as {@link Dates#bcd}, 0 when unknown: compared a million times while u is estimated. */
    int birthBcd(int i) {
        return row[i * STRIDE + BIRTH];
    }

    int source(int i) {
        return row[i * STRIDE + FLAGS] & 3;
    }

    /** 0 unknown, 1 male, 2 female. */
    int sex(int i) {
        return (row[i * STRIDE + FLAGS] >>> 2) & 3;
    }

    /** The record says the child has no citizen ID, and gives none. */
    boolean noId(int i) {
        return (row[i * STRIDE + FLAGS] & 16) != 0;
    }

    int township(int i) {
        return row[i * STRIDE + TOWNSHIP];
    }

    int village(int i) {
        return row[i * STRIDE + VILLAGE];
    }

    int area9(int i) {
        return row[i * STRIDE + AREA9];
    }

    int area12(int i) {
        return row[i * STRIDE + AREA12];
    }

    /** The township key the blocking rules use: {@link #twpKey}, else that of the place near the child. */
    int blockTwp(int i) {
        return blockTwp[i];
    }

    /** Township key for local name frequencies: the township name id, else the township code id. */
    int twpKey(int i) {
        return row[i * STRIDE + TWP_KEY];
    }

    /** Family name k (0 guardian, 1 father, 2 mother) of record i, or NONE. */
    int family(int i, int k) {
        return row[i * STRIDE + FAMILY + k];
    }

    /**
     * The ID of family member k (0 guardian, 1 father, 2 mother) of record i as a number, or {@link #NO_PARENT}; two
     * are equal exactly when the ID texts are.
     */
    long parentId(int i, int k) {
        return parentIds[i * 3 + k];
    }

    /**
     * A parent's ID worth comparing: 15 or 18 characters, and not the child's own number typed in the wrong column;
     * else {@link #NO_PARENT}.
     */
    private long parentId(String id, String childId) {
        return id == null || (id.length() != 15 && id.length() != 18) || id.equals(childId) ? NO_PARENT
                : parentKey(id);
    }

    /**
     * An ID of 15 or 18 characters as a number, one to one: 18 characters of digits with a check character 0-9 or X
     * as {@link #idKey} (below 1.1 × 10^18), 15 digits as 1.2 × 10^18 plus their value, anything else by its number
     * in {@link #oddParentIds}, as -2 and below.
     */
    private long parentKey(String id) {
        int digits = id.length() == 18 ? 17 : 15;
        for (int k = 0; k < digits; k++) {
            if (id.charAt(k) < '0' || id.charAt(k) > '9') {
                return -2L - oddParentIds.id(id);
            }
        }
        if (digits == 15) {
            return 1_200_000_000_000_000_000L + Long.parseLong(id);
        }
        char check = id.charAt(17);
        return check == 'X' || check >= '0' && check <= '9' ? idKey(id) : -2L - oddParentIds.id(id);
    }

    int familyCount(int i) {
        int c = 0;
        for (int k = 0; k < 3; k++) {
            if (family(i, k) != NONE) {
                c++;
            }
        }
        return c;
    }

    void countFrequencies(UnionFind idClusters) {
        tf = new TermFrequencies(this, idClusters);
    }

    /**
     * Learns which township and village names each area code stands for, by majority over the records that carry
     * both, and gives those names to records that carry only the code (学籍 户口所在地 is usually a code, 户籍 and
     * roster rows usually names), so that their places can be compared.
     */
    private void fillPlaceNamesFromCodes() {
        int[] area12 = column(AREA12), area9 = column(AREA9);
        int[] village12 = PlaceVotes.majority(n, area12, column(VILLAGE), places.size());
        int[] township9 = PlaceVotes.majority(n, area9, column(TOWNSHIP), places.size());
        for (int i = 0; i < n; i++) {
            int o = i * STRIDE;
            if (row[o + TOWNSHIP] == NONE && row[o + AREA9] != NONE) {
                row[o + TOWNSHIP] = township9[row[o + AREA9]];
            }
            if (row[o + VILLAGE] == NONE && row[o + AREA12] != NONE) {
                row[o + VILLAGE] = village12[row[o + AREA12]];
            }
            row[o + TWP_KEY] = row[o + TOWNSHIP] != NONE ? row[o + TOWNSHIP] : row[o + AREA9];
            int near = nearArea9[i];
            blockTwp[i] = row[o + TWP_KEY] != NONE || near == NONE ? row[o + TWP_KEY]
                    : township9[near] != NONE ? township9[near] : near;
        }
    }

    private int[] column(int field) {
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] = row[i * STRIDE + field];
        }
        return c;
    }

    /**
     * Whether an ID can be this record's: when both the ID's birth date part and the record's birth date are known,
     * they must agree within the tolerance or differ by a typing slip (one digit, two adjacent digits swapped as in
     * 2104 for 2014, swapped day and month). A birth
     * part that is no date at all is a slip in the child's own number and keeps the ID.
     */
    static boolean idFitsBirth(String id, int ymd, int toleranceDays) {
        if (ymd == 0 || id.length() < 14) {
            return true;
        }
        int idYmd = 0;
        for (int k = 6; k < 14; k++) {
            char c = id.charAt(k);
            if (c < '0' || c > '9') {
                return true;
            }
            idYmd = idYmd * 10 + (c - '0');
        }
        int d = Dates.epochDay(idYmd);
        if (d == Integer.MIN_VALUE) {
            return true;
        }
        return Comparisons.birthLevel(idYmd, ymd) < Field.BIRTH_DIFFERENT
                || Math.abs(d - Dates.epochDay(ymd)) <= toleranceDays
                || Comparisons.withinOneEdit(Integer.toString(idYmd), Integer.toString(ymd));
    }

    /** A valid 18-character ID as a number: the 17 digits times 11 plus the check value (X = 10). */
    static long idKey(String id) {
        long v = 0;
        for (int k = 0; k < 17; k++) {
            v = v * 10 + (id.charAt(k) - '0');
        }
        char c = id.charAt(17);
        return v * 11 + (c == 'X' ? 10 : c - '0');
    }

    /** Place ids of raw strings, computed once per distinct string (names repeat a million times). */
    private final class PlaceCache {
        private final Map<String, Integer> townships = new HashMap<>();
        private final Map<String, Integer> villages = new HashMap<>();
        private final Map<String, int[]> codes = new HashMap<>();
        private final int[] noCode = {NONE, NONE};

        int township(String raw) {
            return raw == null ? NONE : townships.computeIfAbsent(raw, k -> placeId("t", Places.township(k)));
        }

        int village(String raw) {
            return raw == null ? NONE : villages.computeIfAbsent(raw, k -> placeId("v", Places.village(k)));
        }

        int[] code(String code) {
            return code == null ? noCode : codes.computeIfAbsent(code, k -> new int[] {
                places.id("c" + k.substring(0, 9)), k.length() < 12 ? NONE : places.id("c" + k)});
        }

        private int placeId(String prefix, String stem) {
            return stem == null ? NONE : places.id(prefix + stem);
        }
    }
}
