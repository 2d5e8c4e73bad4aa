package cn.recon.ingest;

import cn.recon.ingest.FieldReader.Col;
import cn.recon.ingest.mapping.Mapping;
import cn.recon.ingest.read.Header;
import cn.recon.ingest.read.RawRow;
import cn.recon.person.IdNumber;
import cn.recon.source.RosterRecord;

/** 民政 roster rows; rows without name and ID are rejected. */
final class RosterConverter implements RowConverter<RosterRecord> {

    private final FieldReader f;
    private final long fileId;
    private final Col rosterId;
    private final Col name;
    private final Col sex;
    private final Col id;
    private final Col birth;
    private final Col ethnicity;
    private final Col hukouRegistered;
    private final Col township;
    private final Col village;
    private final Col areaCode;
    private final Col categories;
    private final Col difficulty;
    private final Col fatherStatus;
    private final Col motherStatus;
    private final Col guardianship;
    private final Col assessment;
    private final Col guardianName;
    private final Col guardianId;
    private final Col guardianRelation;
    private final Col entrustment;
    private final Col schooling;
    private final Col health;
    private final Col disability;
    private final Col director;
    private final Col lastVisit;
    private final Col registered;
    private final Col rosterStatus;
    private final Col exitDate;

    RosterConverter(Mapping mapping, Header header, long fileId) {
        this.f = new FieldReader(mapping, header);
        this.fileId = fileId;
        rosterId = f.col("roster_id");
        name = f.col("name");
        sex = f.col("sex");
        id = f.col("id_number");
        birth = f.col("birth_date");
        ethnicity = f.col("ethnicity");
        hukouRegistered = f.col("hukou_registered");
        township = f.col("township");
        village = f.col("village");
        areaCode = f.col("area_code");
        categories = f.col("categories");
        difficulty = f.col("difficulty_type");
        fatherStatus = f.col("father_status");
        motherStatus = f.col("mother_status");
        guardianship = f.col("guardianship");
        assessment = f.col("guardianship_assessment");
        guardianName = f.col("guardian_name");
        guardianId = f.col("guardian_id");
        guardianRelation = f.col("guardian_relation");
        entrustment = f.col("entrustment_agreement");
        schooling = f.col("schooling");
        health = f.col("health");
        disability = f.col("disability");
        director = f.col("child_director");
        lastVisit = f.col("last_visit_date");
        registered = f.col("registered_date");
        rosterStatus = f.col("roster_status");
        exitDate = f.col("exit_date");
    }

    @Override
    public RowResult<RosterRecord> convert(RawRow row) {
        f.start(row);
        String key = f.text(rosterId);
        IdNumber idNumber = f.id(id, true);
        String nameRaw = f.text(name);
        String nameNorm = FieldReader.name(nameRaw);
        if (idNumber.isBlank() && nameNorm == null) {
            return RowConverter.reject(row, "既没有姓名也没有身份证号，无法确定是谁");
        }
        RosterRecord r = new RosterRecord(fileId, row.line(), key, nameRaw, nameNorm, f.sex(sex), idNumber.raw(),
                idNumber.normalized(), idNumber.problem() == null ? null : idNumber.problem().name(), f.date(birth),
                f.label(ethnicity), f.yesNo(hukouRegistered), f.text(township), f.text(village),
                f.areaCode(areaCode), f.categories(categories), f.label(difficulty), f.choice(fatherStatus),
                f.choice(motherStatus), f.choice(guardianship), f.choice(assessment),
                FieldReader.name(f.text(guardianName)), f.id(guardianId, false).normalized(),
                f.label(guardianRelation), f.choice(entrustment), f.choice(schooling), f.choice(health),
                f.label(disability), f.text(director), f.date(lastVisit), f.date(registered), f.choice(rosterStatus),
                f.date(exitDate), f.issues());
        return new RowResult.Accepted<>(row.line(), r);
    }
}
