package cn.recon.ingest;

/** What became of one data row: a record (perhaps with field issues noted on it), a deliberate skip, or a rejection. */
public sealed interface RowResult<T> {

    /** The row's line number in the file (CSV physical line where the row starts; XLSX row number). */
    int line();

    record Accepted<T>(int line, T record) implements RowResult<T> {
    }

    /** A row that is deliberately not loaded and is not an error (a 户籍 row of an adult), with the reason. */
    record Skipped<T>(int line, String reason) implements RowResult<T> {
    }

    /** A row that identifies nobody (no name and no ID), with the reason and the row's raw text. */
    record Rejected<T>(int line, String reason, String raw) implements RowResult<T> {
    }
}
