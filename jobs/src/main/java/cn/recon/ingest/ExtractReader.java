package cn.recon.ingest;

import java.io.IOException;

/**
 * Reads one extract file as canonical records of one source ({@code cn.recon.source.*Record}), row after row, in
 * file order. Opening it has already checked the file as a whole (type, encoding, header, required columns): a
 * problem there is an {@link ExtractFileException}, raised before any row is returned.
 *
 * @param <T> the record type of the source
 */
public interface ExtractReader<T> extends AutoCloseable {

    /** The next row's outcome, or null at the end of the file. Blank rows are not returned; a totals row is Skipped. */
    RowResult<T> read() throws IOException;

    /** A short description of the layout found (file type, encoding, sheet, header line), for logs and notes. */
    String describe();

    @Override
    void close() throws IOException;
}
