package cn.recon.source;

import cn.recon.person.Sex;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How one source's canonical records are stored: the table, its columns in order, how a record is bound to an
 * INSERT and read back. Plain JDBC (no reflection) because ingestion writes millions of rows.
 */
public interface RecordTable<T> {

    Source source();

    String table();

    /**
     * Column names in bind order; the first two are always file_id and line_no. The INSERT adds {@code row_key}
     * after them ({@link RowKeys}).
     */
    String[] columns();

    void bind(PreparedStatement ps, T record) throws SQLException;

    /**
     * Reads a record from the current row, whose {@link #columns()} follow column {@code before} (1-based, 0 when
     * they come first) in their order.
     */
    T map(ResultSet rs, int before) throws SQLException;

    /** The columns an insert fills, in bind order: {@link #columns()}, then {@code row_key}. */
    default List<String> insertColumns() {
        List<String> out = new ArrayList<>(List.of(columns()));
        out.add("row_key");
        return List.copyOf(out);
    }

    /** Binds a record and its row key to {@link #insertColumns()}. */
    default void bindWithKey(PreparedStatement ps, T record, long fileId, int line) throws SQLException {
        bind(ps, record);
        ps.setLong(columns().length + 1, RowKeys.of(fileId, line));
    }

    static RecordTable<?> of(Source source) {
        return switch (source) {
            case HUKOU -> new HukouTable();
            case SCHOOL -> new SchoolTable();
            case ROSTER -> new RosterTable();
            case VISITS -> new VisitTable();
        };
    }

    // --- small binding helpers shared by the four tables ---

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    static void setSex(PreparedStatement ps, int i, Sex s) throws SQLException {
        ps.setString(i, s == null ? null : s == Sex.MALE ? "M" : "F");
    }

    /** The sex a stored code means ({@link #setSex} writes M or F); null stays null. */
    static Sex sex(String code) {
        return code == null ? null : "M".equals(code) ? Sex.MALE : Sex.FEMALE;
    }

    static void setBool(PreparedStatement ps, int i, Boolean b) throws SQLException {
        if (b == null) {
            ps.setNull(i, Types.BOOLEAN);
        } else {
            ps.setBoolean(i, b);
        }
    }
}
