package cn.recon.ingest;

import cn.recon.ingest.FieldReader.Col;
import cn.recon.ingest.mapping.Mapping;
import cn.recon.ingest.read.Header;
import cn.recon.ingest.read.RawRow;
import cn.recon.person.IdNumber;
import cn.recon.source.VisitRecord;

/** 走访记录 rows; a row with no 儿童编号, no ID and no name links to nobody and is rejected. */
final class VisitConverter implements RowConverter<VisitRecord> {

    private final FieldReader f;
    private final long fileId;
    private final Col rosterId;
    private final Col id;
    private final Col name;
    private final Col township;
    private final Col village;
    private final Col visitDate;
    private final Col visitType;
    private final Col visitor;
    private final Col visitorRole;
    private final Col findings;
    private final Col action;

    VisitConverter(Mapping mapping, Header header, long fileId) {
        this.f = new FieldReader(mapping, header);
        this.fileId = fileId;
        rosterId = f.col("roster_id");
        id = f.col("id_number");
        name = f.col("name");
        township = f.col("township");
        village = f.col("village");
        visitDate = f.col("visit_date");
        visitType = f.col("visit_type");
        visitor = f.col("visitor");
        visitorRole = f.col("visitor_role");
        findings = f.col("findings");
        action = f.col("action");
    }

    @Override
    public RowResult<VisitRecord> convert(RawRow row) {
        f.start(row);
        String key = f.text(rosterId);
        IdNumber idNumber = f.id(id, true);
        String nameRaw = f.text(name);
        String nameNorm = FieldReader.name(nameRaw);
        if (key == null && idNumber.isBlank() && nameNorm == null) {
            return RowConverter.reject(row, "既没有儿童编号、身份证号，也没有姓名，无法确定走访的是谁");
        }
        VisitRecord r = new VisitRecord(fileId, row.line(), key, idNumber.raw(), idNumber.normalized(),
                idNumber.problem() == null ? null : idNumber.problem().name(), nameRaw, nameNorm, f.text(township),
                f.text(village), f.date(visitDate), f.choice(visitType), f.text(visitor), f.choice(visitorRole),
                f.text(findings), f.text(action), f.issues());
        return new RowResult.Accepted<>(row.line(), r);
    }
}
