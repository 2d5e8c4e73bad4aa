package cn.recon.source;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;

/**
 * Inserts many rows into one table in the current transaction. On MySQL and MariaDB it streams them as one
 * {@code LOAD DATA LOCAL INFILE} of tab-separated text when both the server ({@code local_infile}) and the driver
 * ({@code allowLoadLocalInfile}) permit it; measured on this machine for 958,639 户籍 rows, the server took 11 s for
 * LOAD DATA against 21 s for the same rows as multi-row INSERTs, and Connector/J spent most of an ingest's main thread
 * binding parameters one by one. Otherwise (H2, or bulk loading not permitted) it runs batched INSERTs.
 * <p>
 * The rows are bound by the same {@link ParameterizedPreparedStatementSetter} either way: for LOAD DATA the setter
 * fills a row of values instead of a statement. LOAD DATA LOCAL turns what would be errors of an INSERT (a value too
 * long, a duplicate key) into warnings and skipped rows, so any warning, or fewer rows loaded than given, fails the
 * insert as an INSERT would have failed. Callers insert inside a transaction (a chunk's, a batch's), which the failure
 * rolls back with the rows the load wrote.
 */
@Component
public final class BulkInsert {

    private static final Logger log = LoggerFactory.getLogger(BulkInsert.class);

    private final JdbcTemplate jdbc;
    private final boolean wanted;
    /** Decided at the first insert (or {@link #loadsData}), so that a command that writes nothing never probes. */
    private volatile Boolean loadData;

    /**
     * The application's: LOAD DATA when {@code recon.db.bulk-load} is true (the default) and the database permits it
     * ({@link #probe}).
     */
    @Autowired
    public BulkInsert(JdbcTemplate jdbc, @Value("${recon.db.bulk-load:true}") boolean bulkLoad) {
        this.jdbc = jdbc;
        this.wanted = bulkLoad;
    }

    /**
     * LOAD DATA where the database is MySQL or MariaDB and a probe load into a temporary table succeeds; batched
     * INSERTs otherwise (and then says why, once). Decided now.
     */
    public static BulkInsert probe(JdbcTemplate jdbc) {
        BulkInsert bulk = new BulkInsert(jdbc, true);
        bulk.loadsData();
        return bulk;
    }

    /**
     * Whether the database takes LOAD DATA LOCAL, asked on a connection of its own: the first insert may come inside
     * a chunk's transaction, which the probe's temporary table must stay out of.
     */
    private static boolean permitted(JdbcTemplate jdbc) {
        DataSource ds = jdbc.getDataSource();
        if (ds == null) {
            return false;
        }
        try (Connection c = ds.getConnection()) {
            return permitted(c);
        } catch (SQLException e) {
            log.warn("could not ask the database whether it takes LOAD DATA LOCAL INFILE, so rows are inserted with "
                    + "batched INSERTs: {}", e.getMessage());
            return false;
        }
    }

    private static boolean permitted(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (!product.contains("mysql") && !product.contains("mariadb")) {
            return false;
        }
        String off = settingsOff(c);
        if (off != null) {
            log.warn("bulk loading (LOAD DATA LOCAL INFILE) is off, so rows are inserted with batched INSERTs, "
                    + "which is slower: {}", off);
            return false;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE recon_bulk_probe (a INT)");
            try {
                return load(s, "recon_bulk_probe", List.of("a"), "1\n".getBytes(StandardCharsets.UTF_8)) == 1;
            } finally {
                s.execute("DROP TEMPORARY TABLE recon_bulk_probe");
            }
        } catch (SQLException e) {
            log.warn("bulk loading (LOAD DATA LOCAL INFILE) failed its trial load into a temporary table, so rows "
                    + "are inserted with batched INSERTs, which is slower: {}", e.getMessage());
            return false;
        }
    }

    /** Which of the two settings bulk loading needs is off, said for the operator, or null when both are on. */
    private static String settingsOff(Connection c) throws SQLException {
        boolean driver = c.unwrap(com.mysql.cj.jdbc.JdbcConnection.class).getPropertySet()
                .getBooleanProperty(com.mysql.cj.conf.PropertyKey.allowLoadLocalInfile).getValue();
        boolean server;
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT @@GLOBAL.local_infile")) {
            server = rs.next() && rs.getBoolean(1);
        }
        if (!driver && !server) {
            return "the server has local_infile=OFF and the connection lacks allowLoadLocalInfile=true";
        }
        if (!server) {
            return "the server has local_infile=OFF (SET GLOBAL local_infile=1, or local_infile=1 in its my.cnf)";
        }
        return driver ? null : "the connection lacks allowLoadLocalInfile=true (config/application-mysql.yml)";
    }

    /** True when rows go in by LOAD DATA. */
    public boolean loadsData() {
        Boolean decided = loadData;
        if (decided == null) {
            synchronized (this) {
                if (loadData == null) {
                    loadData = wanted && permitted(jdbc);
                }
                decided = loadData;
            }
        }
        return decided;
    }

    /** Inserts the rows into {@code table}'s {@code columns}; {@code binder} sets parameters 1..columns in order. */
    public <T> void insert(String table, List<String> columns, List<T> rows, ParameterizedPreparedStatementSetter<T>
            binder) {
        if (rows.isEmpty()) {
            return;
        }
        if (!loadsData()) {
            jdbc.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + "?, ".repeat(columns.size() - 1) + "?)", rows, rows.size(), binder);
            return;
        }
        byte[] text = tabSeparated(columns.size(), rows, binder);
        int loaded = jdbc.execute((Statement s) -> load(s, table, columns, text));
        if (loaded != rows.size()) {
            throw new IllegalStateException(table + ": " + loaded + " of " + rows.size() + " rows loaded");
        }
    }

    private static int load(Statement s, String table, List<String> columns, byte[] text) throws SQLException {
        s.unwrap(com.mysql.cj.jdbc.JdbcStatement.class).setLocalInfileInputStream(new ByteArrayInputStream(text));
        int n = s.executeUpdate("LOAD DATA LOCAL INFILE 'recon-rows' INTO TABLE " + table
                + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                + String.join(", ", columns) + ")");
        SQLWarning w = s.getWarnings();
        if (w != null) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; w != null && i < 5; i++, w = w.getNextWarning()) {
                all.append(all.isEmpty() ? "" : "; ").append(w.getMessage());
            }
            throw new IllegalStateException(table + ": the database changed or refused values: " + all);
        }
        return n;
    }

    /** The rows as LOAD DATA's default text: tab between fields, newline after each row, \N for null. */
    static <T> byte[] tabSeparated(int columns, List<T> rows, ParameterizedPreparedStatementSetter<T> binder) {
        Object[] values = new Object[columns];
        PreparedStatement capture = capture(values);
        StringBuilder sb = new StringBuilder(rows.size() * columns * 12);
        for (T row : rows) {
            Arrays.fill(values, Unset.UNSET);
            try {
                binder.setValues(capture, row);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                append(sb, values[i], i + 1);
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private enum Unset { UNSET }

    private static void append(StringBuilder sb, Object v, int parameter) {
        if (v == Unset.UNSET) {
            throw new IllegalStateException("parameter " + parameter + " was not set");
        }
        if (v == null) {
            sb.append("\\N");
        } else if (v instanceof String s) {
            escape(sb, s);
        } else if (v instanceof Boolean b) {
            sb.append(b ? '1' : '0');
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new IllegalArgumentException("not a storable number: " + d);
            }
            sb.append(d.doubleValue());
        } else if (v instanceof Number || v instanceof java.sql.Date || v instanceof java.sql.Timestamp) {
            sb.append(v);
        } else {
            throw new IllegalArgumentException("no text form for parameter " + parameter + ": " + v.getClass());
        }
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\0' -> sb.append("\\0");
                default -> sb.append(c);
            }
        }
    }

    /** A statement that only records the values set on it, by parameter index. */
    private static PreparedStatement capture(Object[] values) {
        return (PreparedStatement) Proxy.newProxyInstance(BulkInsert.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i) {
                        values[i - 1] = name.equals("setNull") ? null : args[1];
                        return null;
                    }
                    throw new UnsupportedOperationException("not while capturing rows: " + name);
                });
    }
}
