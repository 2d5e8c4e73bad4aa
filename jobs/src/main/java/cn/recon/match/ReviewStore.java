package cn.recon.match;

import cn.recon.person.IdNumber;
import cn.recon.person.Quarter;
import cn.recon.source.ColumnText;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: pairs the model was unsure of, shown to a data officer with both records and the evidence, and
 * the decisions taken, which every later run applies (nobody decides the same pair twice).
 */
@Repository
public class ReviewStore {

    /** One open or decided item as the data officer sees it. */
    public record Item(long id, String quarter, String keyA, String keyB, double score, String evidence,
            String recordA, String recordB, String status) {
    }

    private final JdbcTemplate jdbc;

    public ReviewStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ReviewDecisions decisions() {
        Map<PairKey, ReviewDecisions.Decision> m = new HashMap<>();
        jdbc.query("SELECT key_a, key_b, decision FROM review_decision", rs -> {
            m.put(PairKey.of(RecordKey.parse(rs.getString(1)), RecordKey.parse(rs.getString(2))),
                    ReviewDecisions.Decision.valueOf(rs.getString(3)));
        });
        return new ReviewDecisions(m);
    }

    /**
     * Stores the run's open items (the quarter's earlier open items were cleared with its links), with the children
     * their two records belong to in this run.
     *
     * @param childOf the child id of each record, by position
     */
    public void open(Quarter q, List<ReviewItem> items, List<MatchRecord> records, IntFunction<String> childOf) {
        jdbc.batchUpdate("INSERT INTO review_item (quarter, key_a, key_b, score, evidence, record_a, record_b, status, "
                + "child_a, child_b) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)", items, 1000, (ps, it) -> {
                    ps.setString(1, q.toString());
                    ps.setString(2, it.pair().first().toString());
                    ps.setString(3, it.pair().second().toString());
                    ps.setDouble(4, it.probability());
                    ps.setString(5, ColumnText.fit(it.reason() + ": " + MatchTasklet.evidence(it.evidence()), 4000));
                    ps.setString(6, ColumnText.fit(describe(records.get(it.positionA())), 2000));
                    ps.setString(7, ColumnText.fit(describe(records.get(it.positionB())), 2000));
                    ps.setString(8, childOf.apply(it.positionA()));
                    ps.setString(9, childOf.apply(it.positionB()));
                });
    }

    public List<Item> list(String status) {
        return jdbc.query("SELECT item_id, quarter, key_a, key_b, score, evidence, record_a, record_b, status FROM "
                + "review_item WHERE status = ? ORDER BY item_id", (rs, n) -> new Item(rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9)), status);
    }

    public Optional<Item> get(long id) {
        return jdbc.query("SELECT item_id, quarter, key_a, key_b, score, evidence, record_a, record_b, status FROM "
                + "review_item WHERE item_id = ?", (rs, n) -> new Item(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)), id).stream().findFirst();
    }

    /** Records a decision on an item; it applies to the pair in this and every later run. */
    @Transactional
    public void decide(long itemId, ReviewDecisions.Decision decision, String by) {
        Item item = get(itemId).orElseThrow(() -> new IllegalArgumentException("no review item " + itemId));
        jdbc.update("DELETE FROM review_decision WHERE key_a = ? AND key_b = ?", item.keyA(), item.keyB());
        jdbc.update("INSERT INTO review_decision (key_a, key_b, decision, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)",
                item.keyA(), item.keyB(), decision.name(), by, Timestamp.from(Instant.now()));
        jdbc.update("UPDATE review_item SET status = ? WHERE key_a = ? AND key_b = ? AND status = 'OPEN'",
                decision == ReviewDecisions.Decision.ACCEPT ? "ACCEPTED" : "REJECTED", item.keyA(), item.keyB());
    }

    /** A record in one line for the data officer (ID masked: the review screen may be shared). */
    static String describe(MatchRecord r) {
        return String.join(" | ", r.source().chinese() + " " + r.sourceKey(), nz(r.name()),
                r.sex() == null ? "性别?" : r.sex().chinese(), r.birthDate() == null ? "生日?" : r.birthDate().toString(),
                r.idNumber() == null ? "无身份证号" : IdNumber.mask(r.idNumber()) + (r.idValid() ? "" : "(无效)"),
                nz(r.township()) + nz(r.village()), "监护人 " + nz(r.guardianName()),
                "父 " + nz(r.fatherName()), "母 " + nz(r.motherName()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
