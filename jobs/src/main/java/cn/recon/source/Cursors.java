package cn.recon.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** How to stream a large result set row by row on each database the product runs on. */
public final class Cursors {

    private Cursors() {
    }

    /**
     * The fetch size that streams: MySQL Connector/J streams only with {@link Integer#MIN_VALUE} (otherwise it reads
     * the whole result into memory); H2 hands rows over in pages of the given size, but (without lazy query
     * execution, which is unsafe: see {@link KeysetPages}) builds the whole result first, spilling to disk when
     * large, so a province-size read is better paged by key.
     */
    public static int streamingFetchSize(Connection con, int pageSize) throws SQLException {
        String product = con.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb") ? Integer.MIN_VALUE : pageSize;
    }
}
