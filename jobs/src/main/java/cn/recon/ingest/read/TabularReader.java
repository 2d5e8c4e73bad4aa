package cn.recon.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A streaming reader of the rows of a CSV or XLSX extract: finds the header row, then returns the data rows one by
 * one in file order (blank rows skipped). Memory does not grow with the file.
 */
public interface TabularReader extends Closeable {

    /**
     * Opens a CSV or XLSX file, detecting its type, encoding and delimiter, and finds its header row.
     *
     * @throws cn.recon.ingest.ExtractFileException when the file as a whole is unusable (missing, empty, of the wrong
     *         type, corrupt, without a recognisable header, or missing a required column)
     */
    static TabularReader open(Path file, HeaderSpec spec) {
        return switch (FileTypes.check(file)) {
            case CSV -> CsvTabularReader.open(file, spec);
            case XLSX -> XlsxTabularReader.open(file, spec);
        };
    }

    /** The header row found. */
    Header header();

    /** The next non-blank row after the header, or null at the end. */
    RawRow next() throws IOException;

    /** File type, encoding or sheet, delimiter and header line, for logs. */
    String describe();
}
