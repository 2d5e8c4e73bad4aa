package cn.recon.source;

import cn.recon.person.Sex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Reads a row's columns by position, one after the other, in the order of {@link RecordTable#columns()} (the order
 * {@link RecordTable#bind} fills them). By position because the match and flag steps read millions of rows: a
 * lookup by name upper-cases the name and hashes it on every call (about a seventh of the match step's load on H2).
 */
public final class ResultColumns {

    private final ResultSet rs;
    private int at;

    /** Reads from the column after {@code before} (1-based; 0 when the record's columns come first). */
    public ResultColumns(ResultSet rs, int before) {
        this.rs = rs;
        this.at = before;
    }

    public String text() throws SQLException {
        return rs.getString(++at);
    }

    public long number() throws SQLException {
        return rs.getLong(++at);
    }

    public int integer() throws SQLException {
        return rs.getInt(++at);
    }

    public LocalDate date() throws SQLException {
        return rs.getObject(++at, LocalDate.class);
    }

    public Sex sex() throws SQLException {
        return RecordTable.sex(rs.getString(++at));
    }

    public Boolean bool() throws SQLException {
        boolean b = rs.getBoolean(++at);
        return rs.wasNull() ? null : b;
    }
}
