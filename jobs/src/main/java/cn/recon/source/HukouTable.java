package cn.recon.source;

import static cn.recon.source.RecordTable.date;
import static cn.recon.source.RecordTable.setDate;
import static cn.recon.source.RecordTable.setSex;
import static cn.recon.source.RecordTable.sex;

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
    public HukouRecord map(ResultSet rs) throws SQLException {
        return new HukouRecord(rs.getLong("file_id"), rs.getInt("line_no"), rs.getString("id_raw"),
                rs.getString("id_number"), rs.getString("id_problem"), rs.getString("name_raw"), rs.getString("name"),
                sex(rs, "sex"), date(rs, "birth_date"), rs.getString("ethnicity"), rs.getString("household_no"),
                rs.getString("relation_to_head"), rs.getString("address"), rs.getString("township"),
                rs.getString("village"), rs.getString("area_code"), rs.getString("status"), date(rs, "status_date"),
                rs.getString("father_name"), rs.getString("father_id"), rs.getString("mother_name"),
                rs.getString("mother_id"), rs.getString("issues"));
    }
}
