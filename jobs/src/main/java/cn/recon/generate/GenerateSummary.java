package cn.recon.generate;

import cn.recon.person.Quarter;
import java.nio.file.Path;
import java.util.List;

/** What a generation wrote: one entry per file, with its data rows (header, title and totals rows not counted). */
public record GenerateSummary(List<FileCount> files) {

    /** One written file: its quarter, source (hukou, school, roster, visits or truth), path and data rows. */
    public record FileCount(Quarter quarter, String source, Path file, long rows) {
    }

    public GenerateSummary {
        files = List.copyOf(files);
    }

    /** Data rows of a source in a quarter (0 when nothing was written). */
    public long rows(Quarter quarter, String source) {
        return files.stream().filter(f -> f.quarter().equals(quarter) && f.source().equals(source))
                .mapToLong(FileCount::rows).sum();
    }

    /** Plain lines for a console. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (FileCount f : files) {
            sb.append(f.quarter()).append("  ").append(f.source()).append("  ").append(f.file().getFileName())
                    .append("  ").append(f.rows()).append(" rows\n");
        }
        return sb.toString();
    }
}
