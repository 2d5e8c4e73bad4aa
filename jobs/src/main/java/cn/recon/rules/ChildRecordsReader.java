package cn.recon.rules;

import cn.recon.source.Cursors;
import cn.recon.source.HukouTable;
import cn.recon.source.RecordTable;
import cn.recon.source.RosterTable;
import cn.recon.source.SchoolTable;
import cn.recon.source.VisitTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the children of a quarter with all their records: one ordered cursor per source over
 * {@code child_link} joined with the source's table, merged by child id. The order is that of the link index
 * (quarter, source, child_id), which needs no sort; a child's records of one source come in the order the match step
 * stored them, which is file and line order. Memory holds one child at a time, whatever
 * the size of the province. Restartable: the number of children handed out is kept in the step's context.
 */
public class ChildRecordsReader implements ItemStreamReader<ChildRecords> {

    private static final String COUNT = "children.read";

    private final DataSource dataSource;
    private final String quarter;
    private final List<Cursor<?>> cursors = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private int read;

    public ChildRecordsReader(DataSource dataSource, String quarter) {
        this.dataSource = dataSource;
        this.quarter = quarter;
    }

    @Override
    public void open(ExecutionContext ctx) {
        try {
            cursors.add(cursor(new HukouTable()));
            cursors.add(cursor(new SchoolTable()));
            cursors.add(cursor(new RosterTable()));
            cursors.add(cursor(new VisitTable()));
            int skip = ctx.getInt(COUNT, 0);
            for (int i = 0; i < skip; i++) {
                read();
            }
        } catch (SQLException e) {
            throw new ItemStreamException("cannot read the children of " + quarter + ": " + e.getMessage(), e);
        }
    }

    private <T> Cursor<T> cursor(RecordTable<T> table) throws SQLException {
        Connection c = dataSource.getConnection();
        connections.add(c);
        c.setAutoCommit(false);
        String cols = String.join(", ", java.util.Arrays.stream(table.columns()).map(x -> "r." + x).toList());
        PreparedStatement ps = c.prepareStatement("SELECT l.child_id, " + cols + " FROM child_link l JOIN "
                + table.table() + " r ON r.file_id = l.file_id AND r.line_no = l.line_no WHERE l.quarter = ? AND "
                + "l.source = ? AND l.child_id IS NOT NULL ORDER BY l.quarter, l.source, l.child_id",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        ps.setFetchSize(Cursors.streamingFetchSize(c, 5000));
        ps.setString(1, quarter);
        ps.setString(2, table.source().key());
        Cursor<T> cur = new Cursor<>(table, ps.executeQuery());
        cur.advance();
        return cur;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ChildRecords read() throws SQLException {
        String next = null;
        for (Cursor<?> c : cursors) {
            if (c.childId != null && (next == null || c.childId.compareTo(next) < 0)) {
                next = c.childId;
            }
        }
        if (next == null) {
            return null;
        }
        List<?>[] lists = new List<?>[4];
        for (int i = 0; i < 4; i++) {
            lists[i] = cursors.get(i).take(next);
        }
        read++;
        return new ChildRecords(next, (List) lists[0], (List) lists[1], (List) lists[2], (List) lists[3]);
    }

    @Override
    public void update(ExecutionContext ctx) {
        ctx.putInt(COUNT, read);
    }

    @Override
    public void close() {
        for (Connection c : connections) {
            try {
                c.rollback();
                c.close();
            } catch (SQLException ignored) {
                // closing a read-only cursor: nothing to keep
            }
        }
        connections.clear();
        cursors.clear();
    }

    /** One source's ordered cursor, positioned on its next row. */
    private static final class Cursor<T> {
        final RecordTable<T> table;
        final ResultSet rs;
        String childId;

        Cursor(RecordTable<T> table, ResultSet rs) {
            this.table = table;
            this.rs = rs;
        }

        void advance() throws SQLException {
            childId = rs.next() ? rs.getString(1) : null;
        }

        List<T> take(String id) throws SQLException {
            if (!id.equals(childId)) {
                return List.of();
            }
            List<T> out = new ArrayList<>(2);
            while (id.equals(childId)) {
                out.add(table.map(rs));
                advance();
            }
            return out;
        }
    }
}
