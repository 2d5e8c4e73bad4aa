package cn.recon.rules;

import cn.recon.match.LinkKeys;
import cn.recon.match.Pinyin;
import cn.recon.person.Quarter;
import cn.recon.source.BatchedDelete;
import cn.recon.source.BulkInsert;
import cn.recon.source.ColumnText;
import cn.recon.source.RecordTable;
import cn.recon.source.RowKeys;
import cn.recon.source.Source;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The flags and child states of each quarter's run ({@code flag}, {@code child_state}). */
@Repository
public class FlagStore {

    private static final List<String> FLAG_COLUMNS = List.of("quarter", "child_id", "code", "severity", "status",
            "first_seen", "key_child", "agency", "detail");
    private static final List<String> STATE_COLUMNS = List.of("quarter", "child_id", "name", "sex", "birth_date",
            "id_number", "township", "village", "roster_key", "school_key", "hukou_key", "in_hukou", "in_school",
            "in_roster", "active_in_roster", "key_child", "age", "visit_required", "visit_done", "guardian_name",
            "last_school", "school_status", "child_director");

    private static final List<String> NAMESAKE_COLUMNS = List.of("quarter", "child_id", "place_key", "missing",
            "unlinked_1", "unlinked_2", "unlinked_3");

    /** The length of {@code flag.detail}; a longer detail is cut, marked with an ellipsis. */
    private static final int DETAIL_MAX = 1000;

    /** The length of {@code child_state.roster_key}, {@code school_key} and {@code hukou_key} (several keys joined). */
    private static final int KEYS_MAX = 300;

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final BatchedDelete deletes;

    public FlagStore(JdbcTemplate jdbc, BulkInsert bulk, BatchedDelete deletes) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.deletes = deletes;
    }

    /**
     * Removes a quarter's flags and child states, before the quarter is flagged afresh; in batches, each committed on
     * its own (a failure midway leaves some, which the next attempt removes).
     */
    public void clear(Quarter q) {
        deletes.delete("flag", "quarter = ?", q.toString());
        deletes.delete("child_state", "quarter = ?", q.toString());
        deletes.delete("visit_namesake", "quarter = ?", q.toString());
    }

    /** The open flags of a quarter (not RESOLVED ones), by child. */
    public Map<String, List<StoredFlag>> openFlags(Quarter q) {
        Map<String, List<StoredFlag>> out = new HashMap<>();
        jdbc.query("SELECT child_id, code, severity, detail, agency, first_seen, status FROM flag WHERE quarter = ? "
                + "AND status <> 'RESOLVED'", rs -> {
                    StoredFlag f = new StoredFlag(rs.getString(1), FlagCode.valueOf(rs.getString(2)),
                            Severity.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            Quarter.parse(rs.getString(6)), FlagStatus.valueOf(rs.getString(7)));
                    out.computeIfAbsent(f.childId(), k -> new ArrayList<>(2)).add(f);
                }, q.toString());
        return out;
    }

    /** Stores the states and flags of a chunk of children. */
    public void insert(Quarter q, List<? extends ChildOutcome> outcomes) {
        List<ChildState> states = new ArrayList<>(outcomes.size());
        List<FlagChange> changes = new ArrayList<>();
        List<NamesakeVisits.Overdue> namesakeVisits = new ArrayList<>();
        Map<String, Boolean> keyChild = new HashMap<>();
        for (ChildOutcome o : outcomes) {
            states.add(o.state());
            changes.addAll(o.changes());
            keyChild.put(o.state().childId(), o.state().keyChild());
            if (o.namesakeVisits() != null) {
                namesakeVisits.add(o.namesakeVisits());
            }
        }
        bulk.insert("visit_namesake", NAMESAKE_COLUMNS, namesakeVisits, (ps, o) -> {
            ps.setString(1, q.toString());
            ps.setString(2, o.childId());
            ps.setString(3, o.placeKey());
            ps.setInt(4, o.missing());
            for (int i = 0; i < 3; i++) {
                ps.setInt(5 + i, o.unlinked()[i]);
            }
        });
        bulk.insert("child_state", STATE_COLUMNS, states, FlagStore::bindState);
        bulk.insert("flag", FLAG_COLUMNS, changes, (ps, c) -> {
            Flag f = c.flag();
            ps.setString(1, q.toString());
            ps.setString(2, f.childId());
            ps.setString(3, f.code().name());
            ps.setString(4, f.severity().name());
            ps.setString(5, c.status().name());
            ps.setString(6, c.firstSeen().toString());
            ps.setBoolean(7, keyChild.getOrDefault(f.childId(), false));
            ps.setString(8, f.agency());
            ps.setString(9, ColumnText.fitMarked(f.detail(), DETAIL_MAX));
        });
    }

    /**
     * Flags open last quarter for children who have no state this quarter at all (no record in any source now):
     * stored as RESOLVED, with last quarter's detail.
     */
    public int resolveAbsent(Quarter q) {
        return jdbc.update("INSERT INTO flag (quarter, child_id, code, severity, status, first_seen, key_child, agency, "
                + "detail) SELECT ?, p.child_id, p.code, p.severity, 'RESOLVED', p.first_seen, p.key_child, p.agency, "
                + "p.detail FROM flag p WHERE p.quarter = ? AND p.status <> 'RESOLVED' AND NOT EXISTS (SELECT 1 FROM "
                + "child_state s WHERE s.quarter = ? AND s.child_id = p.child_id)", q.toString(),
                q.previous().toString(), q.toString());
    }

    /**
     * Home visits of a quarter that linked to no child (a name or sound shared by several children at the place, no
     * 儿童编号, no ID), by {@link #placeKey name sound, township and village}: how many in each month of the quarter.
     * Used to tell the township supervisor that an overdue child may in fact have been visited, and to count a month
     * as visited when such visits outnumber the namesakes left unvisited ({@link NamesakeVisits}); nobody is linked
     * by guess.
     */
    public Map<String, int[]> unlinkedHomeVisits(Quarter q, Set<String> homeVisitTypes) {
        List<java.time.YearMonth> months = q.months();
        Map<String, int[]> out = new HashMap<>();
        jdbc.query("SELECT v.name, v.township, v.village, v.visit_date, v.visit_type FROM child_link l JOIN "
                + "visit_record v ON v.row_key = " + RowKeys.sql("l") + " WHERE l.link_key BETWEEN ? AND ? "
                + "AND l.child_id IS NULL", rs -> {
                    java.sql.Date d = rs.getDate(4);
                    int i = d == null ? -1 : months.indexOf(java.time.YearMonth.from(d.toLocalDate()));
                    if (rs.getString(1) != null && i >= 0 && homeVisitTypes.contains(rs.getString(5))) {
                        out.computeIfAbsent(placeKey(rs.getString(1), rs.getString(2), rs.getString(3)),
                                k -> new int[3])[i]++;
                    }
                }, LinkKeys.first(q, Source.VISITS), LinkKeys.last(q, Source.VISITS));
        return out;
    }

    /** The overdue children of a quarter whose missing months met unlinked home visits under their name. */
    public List<NamesakeVisits.Overdue> namesakeVisits(Quarter q) {
        return jdbc.query("SELECT child_id, place_key, missing, unlinked_1, unlinked_2, unlinked_3 FROM visit_namesake "
                + "WHERE quarter = ?", (rs, n) -> new NamesakeVisits.Overdue(rs.getString(1), rs.getString(2),
                        rs.getInt(3), new int[] {rs.getInt(4), rs.getInt(5), rs.getInt(6)}), q.toString());
    }

    /**
     * Counts the missing months of these children as visited: adds them to {@code child_state.visit_done} and
     * withdraws the VISIT_OVERDUE flag (a NEW one is removed, a PERSISTING one is stored as RESOLVED, {@code note}
     * added to its detail).
     */
    public void countAsVisited(Quarter q, List<NamesakeVisits.Overdue> children, String note) {
        if (children.isEmpty()) {
            return;
        }
        String quarter = q.toString();
        jdbc.batchUpdate("UPDATE child_state SET visit_done = visit_done + ? WHERE quarter = ? AND child_id = ?",
                children.stream().map(c -> new Object[] {c.missing(), quarter, c.childId()}).toList());
        String flag = " FROM flag WHERE quarter = ? AND child_id = ? AND code = 'VISIT_OVERDUE'";
        jdbc.batchUpdate("DELETE" + flag + " AND status = 'NEW'",
                children.stream().map(c -> new Object[] {quarter, c.childId()}).toList());
        Set<String> ids = new HashSet<>();
        children.forEach(c -> ids.add(c.childId()));
        List<Object[]> resolved = new ArrayList<>();
        jdbc.query("SELECT child_id, detail FROM flag WHERE quarter = ? AND code = 'VISIT_OVERDUE' AND status = "
                + "'PERSISTING'", rs -> {
                    if (ids.contains(rs.getString(1))) {
                        resolved.add(new Object[] {ColumnText.fitMarked(rs.getString(2) + note, DETAIL_MAX), quarter,
                                rs.getString(1)});
                    }
                }, quarter);
        jdbc.batchUpdate("UPDATE flag SET status = 'RESOLVED', detail = ? WHERE quarter = ? AND child_id = ? AND "
                + "code = 'VISIT_OVERDUE' AND status = 'PERSISTING'", resolved);
    }

    /** An open review item as one of its two children sees it: the item and the child on the pair's other side. */
    public record OpenReview(long item, String otherChild) {
    }

    /** The quarter's review items still open, by child (each child one of whose records is in an open pair). */
    public Map<String, List<OpenReview>> openReviews(Quarter q) {
        Map<String, List<OpenReview>> out = new HashMap<>();
        jdbc.query("SELECT item_id, child_a, child_b FROM review_item WHERE quarter = ? AND status = 'OPEN' "
                + "ORDER BY item_id", rs -> {
                    String a = rs.getString(2);
                    String b = rs.getString(3);
                    if (a != null && b != null && !a.equals(b)) {
                        out.computeIfAbsent(a, k -> new ArrayList<>(1)).add(new OpenReview(rs.getLong(1), b));
                        out.computeIfAbsent(b, k -> new ArrayList<>(1)).add(new OpenReview(rs.getLong(1), a));
                    }
                }, q.toString());
        return out;
    }

    /**
     * Name and place of a home visit or a child, the name by its toneless pinyin: a visit typed with a character of
     * the same sound (岩汉温 for 岩罕温) may be the child's as much as one typed with the same characters.
     */
    static String placeKey(String name, String township, String village) {
        return Pinyin.of(name) + "|" + (township == null ? "" : township) + "|"
                + (village == null ? "" : village);
    }

    private static void bindState(PreparedStatement ps, ChildState s) throws SQLException {
        ps.setString(1, s.quarter());
        ps.setString(2, s.childId());
        ps.setString(3, s.name());
        RecordTable.setSex(ps, 4, s.sex());
        RecordTable.setDate(ps, 5, s.birthDate());
        ps.setString(6, s.idNumber());
        ps.setString(7, s.township());
        ps.setString(8, s.village());
        ps.setString(9, ColumnText.fit(s.rosterKey(), KEYS_MAX));
        ps.setString(10, ColumnText.fit(s.schoolKey(), KEYS_MAX));
        ps.setString(11, ColumnText.fit(s.hukouKey(), KEYS_MAX));
        ps.setBoolean(12, s.inHukou());
        ps.setBoolean(13, s.inSchool());
        ps.setBoolean(14, s.inRoster());
        ps.setBoolean(15, s.activeInRoster());
        ps.setBoolean(16, s.keyChild());
        if (s.age() == null) {
            ps.setNull(17, java.sql.Types.INTEGER);
        } else {
            ps.setInt(17, s.age());
        }
        ps.setInt(18, s.visitRequired());
        ps.setInt(19, s.visitDone());
        ps.setString(20, s.guardianName());
        ps.setString(21, s.lastSchool());
        ps.setString(22, s.schoolStatus());
        ps.setString(23, s.childDirector());
    }
}
