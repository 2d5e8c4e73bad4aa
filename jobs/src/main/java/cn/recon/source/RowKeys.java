package cn.recon.source;

/**
 * The primary key of the four record tables, {@code row_key}: the file id above bit 32 and the line below, so that a
 * file's rows are one key range in line order. A single BIGINT key is the table's own row key on H2 (and its
 * clustered index on MySQL): ingestion appends each row to one tree instead of two, and the match step reads a file
 * as one range of that tree, with no second index to look through.
 */
public final class RowKeys {

    private static final long LINE_MASK = 0xFFFF_FFFFL;

    private RowKeys() {
    }

    public static long of(long fileId, int line) {
        if (fileId < 0 || fileId > Integer.MAX_VALUE || line < 0) {
            throw new IllegalArgumentException("no row key for file " + fileId + " line " + line);
        }
        return (fileId << 32) | line;
    }

    /** The row key computed in SQL from the {@code file_id} and {@code line_no} columns of {@code alias}. */
    public static String sql(String alias) {
        return alias + ".file_id * 4294967296 + " + alias + ".line_no";
    }

    /** The first key of a file's rows. */
    public static long first(long fileId) {
        return of(fileId, 0);
    }

    /** The last possible key of a file's rows. */
    public static long last(long fileId) {
        return of(fileId, 0) | LINE_MASK;
    }
}
