package cn.recon.report;

import java.util.Objects;

/**
 * A source row that identifies nobody and was not loaded: a row of {@code rejects.csv} (FORMATS.md).
 *
 * @param reason in plain Chinese words, naming the field
 * @param raw    the row as read (fields joined as the reader chose), for the data officer to fix the extract
 */
public record RejectLine(String source, String file, long line, String reason, String raw) {

    public RejectLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
    }
}
