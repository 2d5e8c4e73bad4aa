package cn.recon.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a writer produced, for the audit row (who receives it, which file, how many children).
 *
 * @param children distinct children (child ids) with at least one row in the file; 0 for {@code rejects.csv}
 * @param rows     data rows about children (or source rows) written, without title, header and group-heading rows;
 *                 for the data officer's workbook the flags shown (a NEW flag stands on its code's sheet and on
 *                 变化 but counts once)
 */
public record ReportFile(Path path, Recipient recipient, int children, long rows) {

    public ReportFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(recipient, "recipient");
    }
}
