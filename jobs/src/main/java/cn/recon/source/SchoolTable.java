package cn.recon.source;

import static cn.recon.source.RecordTable.setBool;
import static cn.recon.source.RecordTable.setDate;
import static cn.recon.source.RecordTable.setSex;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Storage of {@link SchoolRecord}s in {@code school_record}. */
public final class SchoolTable implements RecordTable<SchoolRecord> {

    private static final String[] COLUMNS = {"file_id", "line_no", "student_number", "student_kind", "id_raw",
        "id_number", "id_problem", "name_raw", "name", "sex", "birth_date", "id_type", "ethnicity", "school_code",
        "school_name", "school_area_code", "grade", "class_name", "status", "status_date", "hukou_area",
        "guardian_name", "left_behind", "issues"};

    @Override
    public Source source() {
        return Source.SCHOOL;
    }

    @Override
    public String table() {
        return "school_record";
    }

    @Override
    public String[] columns() {
        return COLUMNS;
    }

    @Override
    public void bind(PreparedStatement ps, SchoolRecord r) throws SQLException {
        ps.setLong(1, r.fileId());
        ps.setInt(2, r.line());
        ps.setString(3, r.studentNumber());
        ps.setString(4, r.studentKind());
        ps.setString(5, r.idRaw());
        ps.setString(6, r.idNumber());
        ps.setString(7, r.idProblem());
        ps.setString(8, r.nameRaw());
        ps.setString(9, r.name());
        setSex(ps, 10, r.sex());
        setDate(ps, 11, r.birthDate());
        ps.setString(12, r.idType());
        ps.setString(13, r.ethnicity());
        ps.setString(14, r.schoolCode());
        ps.setString(15, r.schoolName());
        ps.setString(16, r.schoolAreaCode());
        ps.setString(17, r.grade());
        ps.setString(18, r.className());
        ps.setString(19, r.status());
        setDate(ps, 20, r.statusDate());
        ps.setString(21, r.hukouArea());
        ps.setString(22, r.guardianName());
        setBool(ps, 23, r.leftBehind());
        ps.setString(24, r.issues());
    }

    @Override
    public SchoolRecord map(ResultSet rs, int before) throws SQLException {
        ResultColumns c = new ResultColumns(rs, before);
        return new SchoolRecord(c.number(), c.integer(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text(),
                c.text(), c.sex(), c.date(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text(),
                c.text(), c.date(), c.text(), c.text(), c.bool(), c.text());
    }
}
