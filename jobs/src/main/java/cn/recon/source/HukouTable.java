package cn.recon.source;

import static cn.recon.source.RecordTable.setDate;
import static cn.recon.source.RecordTable.setSex;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Storage of {@link HukouRecord}s in {@code hukou_record}. */
public final class HukouTable implements RecordTable<HukouRecord> {

    private static final String[] COLUMNS = {"file_id", "line_no", "id_raw", "id_number", "id_problem", "name_raw",
        "name", "sex", "birth_date", "ethnicity", "household_no", "relation_to_head", "address", "township", "village",
        "area_code", "status", "status_date", "father_name", "father_id", "mother_name", "mother_id", "issues"};

    @Override
    public Source source() {
        return Source.HUKOU;
    }

    @Override
    public String table() {
        return "hukou_record";
    }

    @Override
    public String[] columns() {
        return COLUMNS;
    }

    @Override
    public void bind(PreparedStatement ps, HukouRecord r) throws SQLException {
        ps.setLong(1, r.fileId());
        ps.setInt(2, r.line());
        ps.setString(3, r.idRaw());
        ps.setString(4, r.idNumber());
        ps.setString(5, r.idProblem());
        ps.setString(6, r.nameRaw());
        ps.setString(7, r.name());
        setSex(ps, 8, r.sex());
        setDate(ps, 9, r.birthDate());
        ps.setString(10, r.ethnicity());
        ps.setString(11, r.householdNo());
        ps.setString(12, r.relationToHead());
        ps.setString(13, r.address());
        ps.setString(14, r.township());
        ps.setString(15, r.village());
        ps.setString(16, r.areaCode());
        ps.setString(17, r.status());
        setDate(ps, 18, r.statusDate());
        ps.setString(19, r.fatherName());
        ps.setString(20, r.fatherId());
        ps.setString(21, r.motherName());
        ps.setString(22, r.motherId());
        ps.setString(23, r.issues());
    }

    @Override
    public HukouRecord map(ResultSet rs, int before) throws SQLException {
        ResultColumns c = new ResultColumns(rs, before);
        return new HukouRecord(c.number(), c.integer(), c.text(), c.text(), c.text(), c.text(), c.text(), c.sex(),
                c.date(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text(), c.date(),
                c.text(), c.text(), c.text(), c.text(), c.text());
    }
}
