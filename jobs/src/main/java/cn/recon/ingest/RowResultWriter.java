package cn.recon.ingest;

import cn.recon.source.BulkInsert;
import cn.recon.source.ColumnText;
import cn.recon.source.RecordPacks;
import cn.recon.source.RecordTable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of row results in batched INSERTs: accepted records to their source's table (and the fields the match
 * step reads of them to one {@link RecordPacks pack}), rejected and skipped rows to {@code ingest_reject}. Runs inside
 * the chunk's transaction, together with the reader's checkpoint.
 */
public class RowResultWriter<T> implements ItemWriter<RowResult<?>> {

    private static final String REJECT_SQL =
            "INSERT INTO ingest_reject (file_id, line_no, kind, reason, raw_text) VALUES (?, ?, ?, ?, ?)";

    private final RecordTable<T> table;
    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final List<String> columns;
    private final LongSupplier fileId;

    /** @param fileId the id of the file being read (rejected rows carry only their line), known once it is open */
    public RowResultWriter(RecordTable<T> table, JdbcTemplate jdbc, BulkInsert bulk, LongSupplier fileId) {
        this.table = table;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.columns = table.insertColumns();
        this.fileId = fileId;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(Chunk<? extends RowResult<?>> chunk) {
        List<RowResult.Accepted<T>> records = new ArrayList<>(chunk.size());
        List<RowResult<?>> others = new ArrayList<>();
        for (RowResult<?> r : chunk) {
            if (r instanceof RowResult.Accepted<?> a) {
                records.add((RowResult.Accepted<T>) a);
            } else {
                others.add(r);
            }
        }
        if (!records.isEmpty()) {
            long file = fileId.getAsLong();
            bulk.insert(table.table(), columns, records, (ps, a) -> table.bindWithKey(ps, a.record(), file, a.line()));
            List<T> packed = new ArrayList<>(records.size());
            records.forEach(a -> packed.add(a.record()));
            RecordPacks.insert(jdbc, table.source(), file, packed, records.get(0).line());
        }
        if (!others.isEmpty()) {
            jdbc.batchUpdate(REJECT_SQL, others, others.size(), this::bindReject);
        }
    }

    private void bindReject(PreparedStatement ps, RowResult<?> r) throws SQLException {
        ps.setLong(1, fileId.getAsLong());
        ps.setInt(2, r.line());
        if (r instanceof RowResult.Rejected<?> x) {
            ps.setString(3, "REJECTED");
            ps.setString(4, reason(x.reason()));
            ps.setString(5, x.raw());
        } else {
            ps.setString(3, "SKIPPED");
            ps.setString(4, reason(((RowResult.Skipped<?>) r).reason()));
            ps.setString(5, null);
        }
    }

    /** The reason as its column holds it: never null, at most 500 characters. */
    private static String reason(String s) {
        return s == null ? "" : ColumnText.fit(s, 500);
    }
}
