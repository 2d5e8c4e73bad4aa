package cn.recon.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Keyset paging: each page is a short query of its own ({@code key > last ORDER BY key LIMIT n}), so no cursor stays
 * open for a whole step. Over a unique key (a table's BIGINT primary key) a range is simply read page after page
 * ({@link #scan}); over a key that several rows may share (a child), a page that comes back full is cut back to its
 * last complete key, whose rest the next page brings ({@link #complete}). (H2's lazy query execution would stream one
 * long query instead, but a long lazy read while other connections write can fail with "Chunk … not found", H2 issue
 * #4142.)
 */
public final class KeysetPages {

    private KeysetPages() {
    }

    /**
     * Hands every row of {@code select} (a SELECT … FROM, without WHERE, that includes the column {@code key}) whose
     * unique BIGINT key lies in [{@code from}, {@code to}] to {@code row}, in key order, {@code page} rows per query.
     */
    public static void scan(JdbcTemplate jdbc, String select, String key, long from, long to, int page,
            RowCallbackHandler row) {
        scanWhile(jdbc, select, key, from, to, page, rs -> {
            row.processRow(rs);
            return true;
        });
    }

    /** A row handler that may end the scan: false once it wants no more rows. */
    @FunctionalInterface
    public interface RowWhile {
        boolean process(ResultSet rs) throws SQLException;
    }

    /**
     * {@link #scan}, until {@code row} returns false: the rest of that page is passed over and no further page is
     * queried.
     */
    public static void scanWhile(JdbcTemplate jdbc, String select, String key, long from, long to, int page,
            RowWhile row) {
        String sql = select + " WHERE " + key + " > ? AND " + key + " <= ? ORDER BY " + key + " LIMIT " + page;
        long[] after = {from - 1};
        int[] rows = new int[1];
        boolean[] more = {true};
        do {
            rows[0] = 0;
            jdbc.query(sql, rs -> {
                after[0] = rs.getLong(key);
                rows[0]++;
                more[0] = more[0] && row.process(rs);
            }, after[0], to);
        } while (rows[0] == page && more[0]);
    }

    /**
     * How many rows of a page to keep: all of a short page (the last one); of a full page, all but the rows of its
     * last key.
     *
     * @param keys the page's keys, in order
     */
    public static int complete(List<String> keys, int pageSize) {
        int n = keys.size();
        if (n < pageSize) {
            return n;
        }
        String cut = keys.get(n - 1);
        while (n > 0 && keys.get(n - 1).equals(cut)) {
            n--;
        }
        if (n == 0) {
            throw new IllegalStateException("more than " + pageSize + " rows share the key " + cut);
        }
        return n;
    }
}
