package cn.recon.rules;

import cn.recon.match.LinkKeys;
import cn.recon.person.Quarter;
import cn.recon.source.HukouTable;
import cn.recon.source.KeysetPages;
import cn.recon.source.RecordTable;
import cn.recon.source.RosterTable;
import cn.recon.source.RowKeys;
import cn.recon.source.SchoolTable;
import cn.recon.source.VisitTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the children of a quarter with all their records: one ordered cursor per source over
 * {@code child_link} joined with the source's table, merged by child id. Each source is one range of the link
 * table's primary key ({@link LinkKeys}), stored in child order, so no sort and no second index is needed; a child's
 * records of one source come in the order the match step stored them. Pages are read by key ({@link KeysetPages}),
 * the next one while the current one is processed. Memory holds a page per source, whatever the size of the
 * province. Restartable: the number of children handed out is kept in the step's context.
 */
public class ChildRecordsReader implements ItemStreamReader<ChildRecords> {

    private static final String COUNT = "children.read";
    private static final int PAGE = 20_000;

    private final DataSource dataSource;
    private final Quarter quarter;
    private final List<Cursor<?>> cursors = new ArrayList<>();
    private int read;
    private ExecutorService prefetch;

    public ChildRecordsReader(DataSource dataSource, Quarter quarter) {
        this.dataSource = dataSource;
        this.quarter = quarter;
    }

    @Override
    public void open(ExecutionContext ctx) {
        prefetch = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "flag-prefetch");
            t.setDaemon(true);
            return t;
        });
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
        String cols = String.join(", ", java.util.Arrays.stream(table.columns()).map(x -> "r." + x).toList());
        String sql = "SELECT l.link_key, l.child_id, " + cols + " FROM child_link l JOIN " + table.table()
                + " r ON r.row_key = " + RowKeys.sql("l") + " WHERE l.link_key > ? AND l.link_key <= ? "
                + "AND l.child_id IS NOT NULL ORDER BY l.link_key LIMIT " + PAGE;
        Cursor<T> cur = new Cursor<>(table, sql);
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
        for (Cursor<?> c : cursors) {
            if (c.next != null) {
                c.next.cancel(false);
            }
        }
        cursors.clear();
        if (prefetch != null) {
            prefetch.shutdown();
            prefetch = null;
        }
    }

    /** A page of one source's rows, their child ids and link keys. */
    private record Page<T>(List<String> ids, List<T> rows, long[] keys) {
    }

    private static final class UncheckedSqlException extends RuntimeException {
        UncheckedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /**
     * One source's records in child order, positioned on its next row, read a page at a time by link key (keyset
     * paging: each page is a short query of its own over a range of the link table's primary key, so no database
     * holds a cursor open for the whole step and no page needs a sort). A page that is full may end inside a child:
     * that child is left for the next page.
     */
    private final class Cursor<T> {
        final RecordTable<T> table;
        final String sql;
        final ArrayDeque<String> ids = new ArrayDeque<>();
        final ArrayDeque<T> rows = new ArrayDeque<>();
        long after;
        boolean last;
        String childId;
        CompletableFuture<Page<T>> next;

        Cursor(RecordTable<T> table, String sql) {
            this.table = table;
            this.sql = sql;
            this.after = LinkKeys.first(quarter, table.source()) - 1;
        }

        void advance() throws SQLException {
            if (childId != null) {
                ids.poll();
                rows.poll();
            }
            if (ids.isEmpty() && !last) {
                fetch();
            }
            childId = ids.peek();
        }

        private void fetch() throws SQLException {
            Page<T> page;
            try {
                page = next != null ? next.join() : query(after);
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedSqlException u) {
                    throw u.getCause();
                }
                throw e;
            }
            next = null;
            int n = KeysetPages.complete(page.ids(), PAGE);
            last = page.ids().size() < PAGE;
            ids.addAll(page.ids().subList(0, n));
            rows.addAll(page.rows().subList(0, n));
            if (n > 0) {
                after = page.keys()[n - 1];
            }
            if (!last) {
                // the next page is read while this one is flagged and written: both cores at work
                long from = after;
                next = CompletableFuture.supplyAsync(() -> {
                    try {
                        return query(from);
                    } catch (SQLException e) {
                        throw new UncheckedSqlException(e);
                    }
                }, prefetch);
            }
        }

        private Page<T> query(long from) throws SQLException {
            List<String> pageIds = new ArrayList<>(PAGE);
            List<T> pageRows = new ArrayList<>(PAGE);
            long[] keys = new long[PAGE];
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, from);
                ps.setLong(2, LinkKeys.last(quarter, table.source()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys[pageIds.size()] = rs.getLong(1);
                        pageIds.add(rs.getString(2));
                        pageRows.add(table.map(rs, 2)); // after link_key and child_id
                    }
                }
            }
            return new Page<>(pageIds, pageRows, keys);
        }

        List<T> take(String id) throws SQLException {
            if (!id.equals(childId)) {
                return List.of();
            }
            List<T> out = new ArrayList<>(2);
            while (id.equals(childId)) {
                out.add(rows.peek());
                advance();
            }
            return out;
        }
    }
}
