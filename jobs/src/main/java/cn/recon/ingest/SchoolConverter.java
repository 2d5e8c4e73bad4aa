package cn.recon.ingest;

import cn.recon.ingest.FieldReader.Col;
import cn.recon.ingest.mapping.Mapping;
import cn.recon.ingest.read.Header;
import cn.recon.ingest.read.RawRow;
import cn.recon.person.IdNumber;
import cn.recon.person.StudentNumber;
import cn.recon.source.SchoolRecord;
import java.util.Optional;

/**
 * 学籍 rows. The citizen ID is the 身份证件号 column when given, else the body of a G student number; a J or L
 * number never yields one. Rows without student number, name and ID are rejected.
 */
final class SchoolConverter implements RowConverter<SchoolRecord> {

    private final FieldReader f;
    private final long fileId;
    private final Col studentNumber;
    private final Col name;
    private final Col sex;
    private final Col birth;
    private final Col idType;
    private final Col id;
    private final Col ethnicity;
    private final Col schoolCode;
    private final Col schoolName;
    private final Col schoolArea;
    private final Col grade;
    private final Col className;
    private final Col status;
    private final Col statusDate;
    private final Col hukouArea;
    private final Col guardian;
    private final Col leftBehind;

    SchoolConverter(Mapping mapping, Header header, long fileId) {
        this.f = new FieldReader(mapping, header);
        this.fileId = fileId;
        studentNumber = f.col("student_number");
        name = f.col("name");
        sex = f.col("sex");
        birth = f.col("birth_date");
        idType = f.col("id_type");
        id = f.col("id_number");
        ethnicity = f.col("ethnicity");
        schoolCode = f.col("school_code");
        schoolName = f.col("school_name");
        schoolArea = f.col("school_area_code");
        grade = f.col("grade");
        className = f.col("class");
        status = f.col("status");
        statusDate = f.col("status_date");
        hukouArea = f.col("hukou_area");
        guardian = f.col("guardian_name");
        leftBehind = f.col("left_behind");
    }

    @Override
    public RowResult<SchoolRecord> convert(RawRow row) {
        f.start(row);
        StudentNumber sn = StudentNumber.parse(f.text(studentNumber));
        IdNumber idNumber = f.id(id, true);
        String nameRaw = f.text(name);
        String nameNorm = FieldReader.name(nameRaw);
        if (sn.isBlank() && idNumber.isBlank() && nameNorm == null) {
            return RowConverter.reject(row, "既没有学籍号、姓名，也没有身份证件号，无法确定是谁");
        }
        if (sn.problem() != null) {
            f.issue("INVALID_STUDENT_NUMBER", studentNumber, problem(sn));
        }
        Optional<IdNumber> carried = sn.citizenId();
        String idRaw = idNumber.raw();
        if (idNumber.isBlank() && carried.isPresent()) {
            idNumber = carried.get();
            idRaw = idNumber.raw();
        } else if (carried.isPresent() && idNumber.normalized() != null
                && !idNumber.normalized().equals(carried.get().normalized())) {
            f.issue("ID_CONFLICT", id, "身份证件号与G字头学籍号中的身份证号不同");
            if (!idNumber.isValid() && carried.get().isValid()) {
                // the written number cannot be the child's (an invalid one, or a 15-digit one, often a guardian's:
                // DOMAIN.md); the G number carries the child's, so that is the record's ID (the raw stays as written)
                idNumber = carried.get();
            }
        }
        SchoolRecord r = new SchoolRecord(fileId, row.line(), sn.normalized(), sn.kind(), idRaw,
                idNumber.normalized(), idNumber.problem() == null ? null : idNumber.problem().name(), nameRaw,
                nameNorm, f.sex(sex), f.date(birth), f.label(idType), f.label(ethnicity), f.text(schoolCode),
                f.text(schoolName), f.areaCode(schoolArea), f.choice(grade), f.text(className), f.choice(status),
                f.date(statusDate), f.area(hukouArea), FieldReader.name(f.text(guardian)), f.yesNo(leftBehind),
                f.issues());
        return new RowResult.Accepted<>(row.line(), r);
    }

    private static String problem(StudentNumber sn) {
        return switch (sn.problem()) {
            case BAD_LENGTH -> "长度不对（应为字母加18位，共19位）";
            case BAD_KIND -> "首字母应为 G、J 或 L";
            case BAD_BODY -> "字母后的18位格式不对";
            case BAD_CITIZEN_ID -> "G字头学籍号中的身份证号无效（"
                    + FieldReader.idProblem(sn.citizenId().orElseThrow().problem()) + "）";
        };
    }
}
