package cn.recon.source;

import static cn.recon.source.RecordTable.setDate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Storage of {@link VisitRecord}s in {@code visit_record}. */
public final class VisitTable implements RecordTable<VisitRecord> {

    private static final String[] COLUMNS = {"file_id", "line_no", "roster_id", "id_raw", "id_number", "id_problem",
        "name_raw", "name", "township", "village", "visit_date", "visit_type", "visitor", "visitor_role", "findings",
        "action", "issues"};

    @Override
    public Source source() {
        return Source.VISITS;
    }

    @Override
    public String table() {
        return "visit_record";
    }

    @Override
    public String[] columns() {
        return COLUMNS;
    }

    @Override
    public void bind(PreparedStatement ps, VisitRecord r) throws SQLException {
        ps.setLong(1, r.fileId());
        ps.setInt(2, r.line());
        ps.setString(3, r.rosterId());
        ps.setString(4, r.idRaw());
        ps.setString(5, r.idNumber());
        ps.setString(6, r.idProblem());
        ps.setString(7, r.nameRaw());
        ps.setString(8, r.name());
        ps.setString(9, r.township());
        ps.setString(10, r.village());
        setDate(ps, 11, r.visitDate());
        ps.setString(12, r.visitType());
        ps.setString(13, r.visitor());
        ps.setString(14, r.visitorRole());
        ps.setString(15, r.findings());
        ps.setString(16, r.action());
        ps.setString(17, r.issues());
    }

    @Override
    public VisitRecord map(ResultSet rs, int before) throws SQLException {
        ResultColumns c = new ResultColumns(rs, before);
        return new VisitRecord(c.number(), c.integer(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text(),
                c.text(), c.text(), c.date(), c.text(), c.text(), c.text(), c.text(), c.text(), c.text());
    }
}
