package cn.recon.source;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fields of a chunk's records that the match step reads, packed into one value of {@code record_pack} per
 * ingested chunk (see {@link Pack}). Ingestion writes a chunk's pack in the chunk's transaction, beside its rows; the
 * match step reads a file's packs in place of its rows, which spares it decoding every column of every row (H2 reads
 * a row whole: a 户籍 row's address, raw texts and issues with the fields matching uses).
 * <p>
 * A record read back from a pack holds only the fields listed for its source below; its other fields are null. Only
 * the match step reads packs, and a test loads the same files both ways and compares what matching receives, so a
 * field the match step starts to read without its being packed shows up there. A change of the fields packed changes
 * {@link #FORMAT}, and packs of another format are not read (the rows are).
 * <ul>
 * <li>户籍: line, id number and problem, name, sex, birth date, township, village, area code, father's and mother's
 * names and ids.</li>
 * <li>学籍: line, student number and kind, id number and problem, name, sex, birth date, school area code, 户口所在地,
 * guardian's name.</li>
 * <li>Roster: line, 儿童编号, name, sex, id number and problem, birth date, 是否登记户口, township, village, area code,
 * guardian's name and id, last visit, registration and exit dates.</li>
 * <li>Visits: line, 儿童编号, id number and problem, name, township, village, visit date and kind.</li>
 * </ul>
 */
public final class RecordPacks {

    /** The packing's version, its first byte: packs of any other are not read. */
    static final int FORMAT = 1;

    private static final String INSERT = "INSERT INTO record_pack (pack_key, file_id, records, data) VALUES (?, ?, ?, ?)";

    private RecordPacks() {
    }

    /** Packs {@code records} (all of {@code source}'s record type, in line order) into one value. */
    public static byte[] pack(Source source, List<?> records) {
        Pack.Writer w = new Pack.Writer().varint(FORMAT).varint(source.ordinal()).varint(records.size());
        for (Object r : records) {
            switch (source) {
                case HUKOU -> hukou(w, (HukouRecord) r);
                case SCHOOL -> school(w, (SchoolRecord) r);
                case ROSTER -> roster(w, (RosterRecord) r);
                case VISITS -> visit(w, (VisitRecord) r);
            }
        }
        return w.toByteArray();
    }

    /**
     * Hands each record of a pack of {@code source}'s records to {@code out}, in order, and returns how many; -1 when
     * the pack is of another {@link #FORMAT} (nothing handed out).
     *
     * @throws Pack.Malformed when the pack cannot be read (some of its records may have been handed out)
     */
    public static int unpack(Source source, long fileId, byte[] data, Consumer<Object> out) {
        Pack.Reader r = new Pack.Reader(data);
        if (r.varint() != FORMAT) {
            return -1;
        }
        int packed = r.varint();
        if (packed != source.ordinal()) {
            throw new Pack.Malformed("a pack of file " + fileId + " holds records of source number " + packed
                    + ", not " + source);
        }
        int n = r.varint();
        for (int i = 0; i < n; i++) {
            Object record;
            try {
                record = switch (source) {
                    case HUKOU -> hukou(r, fileId);
                    case SCHOOL -> school(r, fileId);
                    case ROSTER -> roster(r, fileId);
                    case VISITS -> visit(r, fileId);
                };
            } catch (java.time.DateTimeException e) {
                throw new Pack.Malformed("a pack of file " + fileId + " holds an impossible date: " + e.getMessage());
            }
            out.accept(record);
        }
        if (!r.atEnd()) {
            throw new Pack.Malformed("a pack of file " + fileId + " has bytes after its " + n + " records");
        }
        return n;
    }

    /** Stores the pack of a chunk's records (the chunk's first line keys it) in the current transaction. */
    public static void insert(JdbcTemplate jdbc, Source source, long fileId, List<?> records, int firstLine) {
        jdbc.update(INSERT, RowKeys.of(fileId, firstLine), fileId, records.size(), pack(source, records));
    }

    /**
     * Reads a file's packs in line order and hands their records to {@code out}; returns how many, or -1 when the
     * file has a pack of another format (then some of its records may have been handed out already, and the packs
     * after it are not read).
     *
     * @throws Pack.Malformed when a pack cannot be read, naming it
     */
    public static long read(JdbcTemplate jdbc, Source source, long fileId, Consumer<Object> out) {
        long[] count = {0};
        KeysetPages.scanWhile(jdbc, "SELECT pack_key, data FROM record_pack", "pack_key", RowKeys.first(fileId),
                RowKeys.last(fileId), 20, rs -> {
                    int n;
                    try {
                        n = unpack(source, fileId, rs.getBytes(2), out);
                    } catch (Pack.Malformed e) {
                        throw new Pack.Malformed("record_pack " + rs.getLong(1) + ": " + e.getMessage());
                    }
                    count[0] = n < 0 ? -1 : count[0] + n;
                    return n >= 0;
                });
        return count[0];
    }

    private static void hukou(Pack.Writer w, HukouRecord r) {
        w.varint(r.line()).text(r.idNumber()).text(r.idProblem()).text(r.name()).sex(r.sex()).date(r.birthDate())
                .text(r.township()).text(r.village()).text(r.areaCode()).text(r.fatherName()).text(r.fatherId())
                .text(r.motherName()).text(r.motherId());
    }

    private static HukouRecord hukou(Pack.Reader r, long fileId) {
        int line = r.varint();
        String idNumber = r.text(), idProblem = r.text(), name = r.text();
        var sex = r.sex();
        var birth = r.date();
        String township = r.text(), village = r.text(), area = r.text(), fatherName = r.text(), fatherId = r.text(),
                motherName = r.text(), motherId = r.text();
        return new HukouRecord(fileId, line, null, idNumber, idProblem, null, name, sex, birth, null, null, null, null,
                township, village, area, null, null, fatherName, fatherId, motherName, motherId, null);
    }

    private static void school(Pack.Writer w, SchoolRecord r) {
        w.varint(r.line()).text(r.studentNumber()).text(r.studentKind()).text(r.idNumber()).text(r.idProblem())
                .text(r.name()).sex(r.sex()).date(r.birthDate()).text(r.schoolAreaCode()).text(r.hukouArea())
                .text(r.guardianName());
    }

    private static SchoolRecord school(Pack.Reader r, long fileId) {
        int line = r.varint();
        String number = r.text(), kind = r.text(), idNumber = r.text(), idProblem = r.text(), name = r.text();
        var sex = r.sex();
        var birth = r.date();
        String schoolArea = r.text(), hukouArea = r.text(), guardian = r.text();
        return new SchoolRecord(fileId, line, number, kind, null, idNumber, idProblem, null, name, sex, birth, null,
                null, null, null, schoolArea, null, null, null, null, hukouArea, guardian, null, null);
    }

    private static void roster(Pack.Writer w, RosterRecord r) {
        w.varint(r.line()).text(r.rosterId()).text(r.name()).sex(r.sex()).text(r.idNumber()).text(r.idProblem())
                .date(r.birthDate()).bool(r.hukouRegistered()).text(r.township()).text(r.village())
                .text(r.areaCode()).text(r.guardianName()).text(r.guardianId()).date(r.lastVisitDate())
                .date(r.registeredDate()).date(r.exitDate());
    }

    private static RosterRecord roster(Pack.Reader r, long fileId) {
        int line = r.varint();
        String rosterId = r.text(), name = r.text();
        var sex = r.sex();
        String idNumber = r.text(), idProblem = r.text();
        var birth = r.date();
        Boolean registered = r.bool();
        String township = r.text(), village = r.text(), area = r.text(), guardian = r.text(), guardianId = r.text();
        var lastVisit = r.date();
        var registeredDate = r.date();
        var exit = r.date();
        return new RosterRecord(fileId, line, rosterId, null, name, sex, null, idNumber, idProblem, birth, null,
                registered, township, village, area, null, null, null, null, null, null, guardian, guardianId, null,
                null, null, null, null, null, lastVisit, registeredDate, null, exit, null);
    }

    private static void visit(Pack.Writer w, VisitRecord r) {
        w.varint(r.line()).text(r.rosterId()).text(r.idNumber()).text(r.idProblem()).text(r.name())
                .text(r.township()).text(r.village()).date(r.visitDate()).text(r.visitType());
    }

    private static VisitRecord visit(Pack.Reader r, long fileId) {
        int line = r.varint();
        String rosterId = r.text(), idNumber = r.text(), idProblem = r.text(), name = r.text(), township = r.text(),
                village = r.text();
        var date = r.date();
        String kind = r.text();
        return new VisitRecord(fileId, line, rosterId, null, idNumber, idProblem, null, name, township, village, date,
                kind, null, null, null, null, null);
    }
}
