package cn.recon.source;

import static cn.recon.source.RecordTable.setBool;
import static cn.recon.source.RecordTable.setDate;
import static cn.recon.source.RecordTable.setSex;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Storage of {@link RosterRecord}s in {@code roster_record}. */
public final class RosterTable implements RecordTable<RosterRecord> {

    private static final String[] COLUMNS = {"file_id", "line_no", "roster_id", "name_raw", "name", "sex", "id_raw",
        "id_number", "id_problem", "birth_date", "ethnicity", "hukou_registered", "township", "village", "area_code",
        "categories", "difficulty_type", "father_status", "mother_status", "guardianship", "guardianship_assessment",
        "guardian_name", "guardian_id", "guardian_relation", "entrustment_agreement", "schooling", "health",
        "disability", "child_director", "last_visit_date", "registered_date", "roster_status", "exit_date",
        "issues"};

    @Override
    public Source source() {
        return Source.ROSTER;
    }

    @Override
    public String table() {
        return "roster_record";
    }

    @Override
    public String[] columns() {
        return COLUMNS;
    }

    @Override
    public void bind(PreparedStatement ps, RosterRecord r) throws SQLException {
        ps.setLong(1, r.fileId());
        ps.setInt(2, r.line());
        ps.setString(3, r.rosterId());
        ps.setString(4, r.nameRaw());
        ps.setString(5, r.name());
        setSex(ps, 6, r.sex());
        ps.setString(7, r.idRaw());
        ps.setString(8, r.idNumber());
        ps.setString(9, r.idProblem());
        setDate(ps, 10, r.birthDate());
        ps.setString(11, r.ethnicity());
        setBool(ps, 12, r.hukouRegistered());
        ps.setString(13, r.township());
        ps.setString(14, r.village());
        ps.setString(15, r.areaCode());
        ps.setString(16, r.categories());
        ps.setString(17, r.difficultyType());
        ps.setString(18, r.fatherStatus());
        ps.setString(19, r.motherStatus());
        ps.setString(20, r.guardianship());
        ps.setString(21, r.guardianshipAssessment());
        ps.setString(22, r.guardianName());
        ps.setString(23, r.guardianId());
        ps.setString(24, r.guardianRelation());
        ps.setString(25, r.entrustmentAgreement());
        ps.setString(26, r.schooling());
        ps.setString(27, r.health());
        ps.setString(28, r.disability());
        ps.setString(29, r.childDirector());
        setDate(ps, 30, r.lastVisitDate());
        setDate(ps, 31, r.registeredDate());
        ps.setString(32, r.rosterStatus());
        setDate(ps, 33, r.exitDate());
        ps.setString(34, r.issues());
    }

    @Override
    public RosterRecord map(ResultSet rs, int before) throws SQLException {
        ResultColumns c = new ResultColumns(rs, before);
        return new RosterRecord(c.number(), c.integer(), c.text(), c.text(), c.text(), c.sex(), c.text(), c.text(),
                c.text(), c.date(), c.text(), c.bool(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text(),
                c.text(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text(),
                c.text(), c.date(), c.date(), c.text(), c.date(), c.text());
    }
}
