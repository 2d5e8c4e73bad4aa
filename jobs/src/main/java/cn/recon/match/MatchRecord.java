package cn.recon.match;

import cn.recon.source.HukouRecord;
import cn.recon.source.RosterRecord;
import cn.recon.source.SchoolRecord;
import cn.recon.source.Source;
import cn.recon.person.Sex;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The compact projection of one source record (户籍, 学籍 or roster) that matching needs. Visits are linked separately
 * ({@link VisitLinker}).
 *
 * @param source       hukou, school or roster
 * @param index        the caller's handle for the record (e.g. a row number); carried back unchanged
 * @param sourceKey    the record's key in its source (公民身份号码 as normalised, 全国学籍号, 儿童编号)
 * @param idNumber     the citizen ID as normalised (full-width folded, spaces removed), valid or not; null when blank
 * @param idValid      true when {@code idNumber} is a valid 18-character citizen ID
 * @param name         the normalised name (PersonName.normalize), null when blank
 * @param township     township (乡镇街道) name, null when unknown
 * @param village      village (村居) name, null when unknown
 * @param areaCode     a 9- or 12-digit division code of the record's place when known, else null
 * @param guardianName guardian (监护人) name as normalised, null when unknown
 * @param guardianId   guardian's citizen ID (roster 监护人身份证号) as normalised, null when unknown
 * @param fatherId     father's citizen ID (户籍 父亲公民身份号码) as normalised, null when unknown
 * @param motherId     mother's citizen ID (户籍 母亲公民身份号码) as normalised, null when unknown
 * @param noIdEvidence the record says the child has no citizen ID: a J/L student number without an ID, or a roster
 *                     row with 是否登记户口 = 否 and no ID
 * @param nearAreaCode a 9- or 12-digit code of a place near the child, not known as its home, else null: the
 *                     学籍 record's school location when its 户口所在地 is blank. Used for blocking only, never as
 *                     evidence (a child may go to school in another township)
 */
public record MatchRecord(Source source, int index, String sourceKey, String idNumber, boolean idValid, String name,
        Sex sex, LocalDate birthDate, String township, String village, String areaCode, String guardianName,
        String fatherName, String motherName, boolean noIdEvidence, String guardianId, String fatherId,
        String motherId, String nearAreaCode) {

    /** A record without a place near the child beside its own. */
    public MatchRecord(Source source, int index, String sourceKey, String idNumber, boolean idValid, String name,
            Sex sex, LocalDate birthDate, String township, String village, String areaCode, String guardianName,
            String fatherName, String motherName, boolean noIdEvidence, String guardianId, String fatherId,
            String motherId) {
        this(source, index, sourceKey, idNumber, idValid, name, sex, birthDate, township, village, areaCode,
                guardianName, fatherName, motherName, noIdEvidence, guardianId, fatherId, motherId, null);
    }

    /** A record without parents' or guardian's IDs (as before they were compared). */
    public MatchRecord(Source source, int index, String sourceKey, String idNumber, boolean idValid, String name,
            Sex sex, LocalDate birthDate, String township, String village, String areaCode, String guardianName,
            String fatherName, String motherName, boolean noIdEvidence) {
        this(source, index, sourceKey, idNumber, idValid, name, sex, birthDate, township, village, areaCode,
                guardianName, fatherName, motherName, noIdEvidence, null, null, null);
    }

    public MatchRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceKey, "sourceKey");
        if (source == Source.VISITS) {
            throw new IllegalArgumentException("visits are linked by VisitLinker, not matched");
        }
        if (idValid && (idNumber == null || idNumber.length() != 18)) {
            throw new IllegalArgumentException("a valid citizen ID has 18 characters: record " + sourceKey);
        }
    }

    public RecordKey key() {
        return new RecordKey(source, sourceKey);
    }

    /** The valid citizen ID, or null. */
    public String validId() {
        return idValid ? idNumber : null;
    }

    /** A 户籍 record; its key is the normalised ID, or {@code #line} when the ID is blank. */
    public static MatchRecord of(HukouRecord r, int index) {
        String key = r.idNumber() != null ? r.idNumber() : "#" + r.line();
        return new MatchRecord(Source.HUKOU, index, key, r.idNumber(), valid(r.idNumber(), r.idProblem()), r.name(),
                r.sex(), r.birthDate(), r.township(), r.village(), areaCode(r.areaCode()), null, r.fatherName(),
                r.motherName(), false, null, r.fatherId(), r.motherId());
    }

    /** A 学籍 record; J and L numbers without an ID are evidence that the child has no citizen ID. */
    public static MatchRecord of(SchoolRecord r, int index) {
        boolean noId = r.idNumber() == null && ("J".equals(r.studentKind()) || "L".equals(r.studentKind()));
        String home = areaCode(r.hukouArea());
        return new MatchRecord(Source.SCHOOL, index, r.studentNumber(), r.idNumber(),
                valid(r.idNumber(), r.idProblem()), r.name(), r.sex(), r.birthDate(), null, null, home,
                r.guardianName(), null, null, noId, null, null, null,
                home == null ? areaCode(r.schoolAreaCode()) : null);
    }

    /** A roster record; 是否登记户口 = 否 without an ID is evidence that the child has no citizen ID. */
    public static MatchRecord of(RosterRecord r, int index) {
        boolean noId = r.idNumber() == null && Boolean.FALSE.equals(r.hukouRegistered());
        return new MatchRecord(Source.ROSTER, index, r.rosterId(), r.idNumber(), valid(r.idNumber(), r.idProblem()),
                r.name(), r.sex(), r.birthDate(), r.township(), r.village(), areaCode(r.areaCode()),
                r.guardianName(), null, null, noId, r.guardianId(), null, null);
    }

    private static boolean valid(String id, String problem) {
        return id != null && problem == null && id.length() == 18;
    }

    /** Keeps a 9- or 12-digit code (township or village); anything else is not a usable place code. */
    static String areaCode(String code) {
        if (code == null || (code.length() != 9 && code.length() != 12)) {
            return null;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return null;
            }
        }
        return code;
    }
}
