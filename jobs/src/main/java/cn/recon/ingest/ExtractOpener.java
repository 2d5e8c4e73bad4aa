package cn.recon.ingest;

import cn.recon.source.Source;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Opens an extract file as a reader of canonical records, with the default mapping of its source or an explicit
 * mapping file. The ingest job depends on this seam rather than on the readers themselves.
 */
@FunctionalInterface
public interface ExtractOpener {

    /**
     * @param mapping an explicit mapping file ({@code --mapping}), or null for the source's default layout
     * @throws ExtractFileException when the file as a whole cannot be loaded
     */
    ExtractReader<?> open(Source source, Path file, long fileId, Path mapping, LocalDate referenceDate);
}
