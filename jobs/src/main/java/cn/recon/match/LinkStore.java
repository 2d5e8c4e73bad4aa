package cn.recon.match;

import cn.recon.person.Quarter;
import cn.recon.source.BatchedDelete;
import cn.recon.source.BulkInsert;
import cn.recon.source.ColumnText;
import cn.recon.source.KeysetPages;
import cn.recon.source.Source;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links of each quarter ({@code child_link}: every ingested record and its child), the child id counter, and
 * the data officer's review decisions.
 */
@Repository
public class LinkStore {

    /** One stored link, by its {@link LinkKeys key}; {@code childId} is null for a visit that links to no child. */
    public record LinkRow(long key, String quarter, String source, long fileId, int line, String sourceKey,
            String childId, String method, Double score, String evidence) {
    }

    private static final List<String> COLUMNS = List.of("link_key", "quarter", "source", "file_id", "line_no",
            "source_key", "child_id", "method", "score", "evidence");

    private static final int PAGE = 50_000;

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final BatchedDelete deletes;

    public LinkStore(JdbcTemplate jdbc, BulkInsert bulk, BatchedDelete deletes) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.deletes = deletes;
    }

    /** Removes a quarter's links and open review items (the links in batches, each committed on its own). */
    public long clear(Quarter q) {
        long links = deletes.delete("child_link", "link_key BETWEEN ? AND ?", LinkKeys.first(q), LinkKeys.last(q));
        deletes.delete("review_item", "quarter = ? AND status = 'OPEN'", q.toString());
        return links;
    }

    /**
     * Record key → child id of a quarter's 户籍, roster and 学籍 links (visits are not matched, so not needed), read
     * a page at a time in key order (a MySQL driver would otherwise hold the whole result in memory); where a key
     * has several links, the last one read wins.
     */
    public Map<RecordKey, String> recordLinks(Quarter q) {
        Map<RecordKey, String> out = new HashMap<>();
        for (Source s : Source.inKeyOrder()) {
            if (s == Source.VISITS) {
                continue;
            }
            KeysetPages.scan(jdbc, "SELECT link_key, source_key, child_id FROM child_link", "link_key",
                    LinkKeys.first(q, s), LinkKeys.last(q, s), PAGE, rs -> {
                        String key = rs.getString(2), child = rs.getString(3);
                        if (key != null && child != null) {
                            out.put(new RecordKey(s, key), child);
                        }
                    });
        }
        return out;
    }

    /** Reserves {@code n} new child ids and returns the first number; ids are {@code C} + 9 digits. */
    @Transactional
    public long reserveChildIds(int n) {
        Long next = jdbc.queryForObject("SELECT next_value FROM id_sequence WHERE name = 'child' FOR UPDATE",
                Long.class);
        jdbc.update("UPDATE id_sequence SET next_value = ? WHERE name = 'child'", next + n);
        return next;
    }

    public static String childId(long number) {
        if (number < 0 || number > 999_999_999L) {
            throw new IllegalArgumentException("child number out of range: " + number);
        }
        // by hand: String.format took half of the match step's id assignment for a province's million new children
        char[] id = new char[10];
        id[0] = 'C';
        for (int i = 9; i > 0; i--, number /= 10) {
            id[i] = (char) ('0' + number % 10);
        }
        return new String(id);
    }

    public void insert(List<LinkRow> rows) {
        bulk.insert("child_link", COLUMNS, rows, (ps, r) -> {
            ps.setLong(1, r.key());
            ps.setString(2, r.quarter());
            ps.setString(3, r.source());
            ps.setLong(4, r.fileId());
            ps.setInt(5, r.line());
            ps.setString(6, r.sourceKey());
            ps.setString(7, r.childId());
            ps.setString(8, r.method());
            if (r.score() == null) {
                ps.setNull(9, Types.DOUBLE);
            } else {
                ps.setDouble(9, r.score());
            }
            ps.setString(10, ColumnText.fit(r.evidence(), 2000));
        });
    }
}
