package cn.recon.ingest;

import cn.recon.ingest.FieldReader.Col;
import cn.recon.ingest.mapping.Mapping;
import cn.recon.ingest.read.Header;
import cn.recon.ingest.read.RawRow;
import cn.recon.person.Ages;
import cn.recon.person.IdNumber;
import cn.recon.source.HukouRecord;
import java.time.LocalDate;

/** 户籍 rows: children kept, adults (18 or older at the reference date) skipped, rows without name and ID rejected. */
final class HukouConverter implements RowConverter<HukouRecord> {

    static final int ADULT_AGE = 18;

    private final FieldReader f;
    private final long fileId;
    private final LocalDate referenceDate;
    private final String adultReason;
    private final Col id;
    private final Col name;
    private final Col sex;
    private final Col birth;
    private final Col ethnicity;
    private final Col household;
    private final Col relation;
    private final Col address;
    private final Col township;
    private final Col village;
    private final Col areaCode;
    private final Col status;
    private final Col statusDate;
    private final Col fatherName;
    private final Col fatherId;
    private final Col motherName;
    private final Col motherId;

    HukouConverter(Mapping mapping, Header header, long fileId, LocalDate referenceDate) {
        this.f = new FieldReader(mapping, header);
        this.fileId = fileId;
        this.referenceDate = referenceDate;
        this.adultReason = "成年人（参考日期 " + referenceDate + " 时已满" + ADULT_AGE + "周岁），户籍比对只看未成年人，不导入";
        id = f.col("id_number");
        name = f.col("name");
        sex = f.col("sex");
        birth = f.col("birth_date");
        ethnicity = f.col("ethnicity");
        household = f.col("household_no");
        relation = f.col("relation_to_head");
        address = f.col("address");
        township = f.col("township");
        village = f.col("village");
        areaCode = f.col("area_code");
        status = f.col("status");
        statusDate = f.col("status_date");
        fatherName = f.col("father_name");
        fatherId = f.col("father_id");
        motherName = f.col("mother_name");
        motherId = f.col("mother_id");
    }

    @Override
    public RowResult<HukouRecord> convert(RawRow row) {
        f.start(row);
        IdNumber idNumber = f.id(id, true);
        String nameRaw = f.text(name);
        String nameNorm = FieldReader.name(nameRaw);
        if (idNumber.isBlank() && nameNorm == null) {
            return RowConverter.reject(row, "既没有姓名也没有公民身份号码，无法确定是谁");
        }
        LocalDate birthDate = f.date(birth);
        if (birthDate == null && idNumber.isWellFormed()) {
            birthDate = idNumber.birthDate().orElse(null);
        }
        if (birthDate != null && Ages.yearsAt(birthDate, referenceDate) >= ADULT_AGE) {
            return new RowResult.Skipped<>(row.line(), adultReason);
        }
        HukouRecord r = new HukouRecord(fileId, row.line(), idNumber.raw(), idNumber.normalized(),
                idNumber.problem() == null ? null : idNumber.problem().name(), nameRaw, nameNorm, f.sex(sex),
                birthDate, f.label(ethnicity), f.text(household), f.label(relation), f.text(address),
                f.text(township), f.text(village), f.areaCode(areaCode), f.choice(status), f.date(statusDate),
                FieldReader.name(f.text(fatherName)), f.id(fatherId, false).normalized(),
                FieldReader.name(f.text(motherName)), f.id(motherId, false).normalized(), f.issues());
        return new RowResult.Accepted<>(row.line(), r);
    }
}
