package cn.recon.ingest;

import cn.recon.person.Quarter;
import cn.recon.source.Source;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one extract for one ingest step and makes the step restartable. It registers the file in
 * {@link IngestFiles}, returns every row's {@link RowResult}, and keeps in the step's execution context the file id
 * and how many rows were handed out; because that context is committed in the same transaction as the rows, a
 * restarted step skips exactly the rows already stored. A file whose content was loaded before for the same source
 * and quarter is not read again. Rows are parsed ahead on a thread of their own ({@link ReadAheadReader}); only the
 * rows handed out count for a restart.
 */
public class ExtractItemReader implements ItemStreamReader<RowResult<?>> {

    static final String FILE_ID = "ingest.fileId";
    static final String ROWS = "ingest.rows";
    static final String LAST_LINE = "ingest.lastLine";
    static final String LOADED = "ingest.loaded";
    static final String REJECTED = "ingest.rejected";
    static final String SKIPPED = "ingest.skipped";
    static final String ALREADY = "ingest.alreadyLoaded";

    private static final Logger log = LoggerFactory.getLogger(ExtractItemReader.class);

    private final Source source;
    private final Path file;
    private final String sha256;
    private final Quarter quarter;
    private final Path mapping;
    private final long jobExecutionId;
    private final IngestFiles files;
    private final ExtractOpener opener;

    private ExtractReader<?> reader;
    private long fileId;
    private int rows;
    private int lastLine;
    private int loaded;
    private int rejected;
    private int skipped;

    public ExtractItemReader(Source source, Path file, String sha256, Quarter quarter, Path mapping,
            long jobExecutionId, IngestFiles files, ExtractOpener opener) {
        this.source = source;
        this.file = file;
        this.sha256 = sha256;
        this.quarter = quarter;
        this.mapping = mapping;
        this.jobExecutionId = jobExecutionId;
        this.files = files;
        this.opener = opener;
    }

    @Override
    public void open(ExecutionContext ctx) {
        if (file == null) {
            return;
        }
        if (ctx.containsKey(ALREADY)) {
            return;
        }
        if (ctx.containsKey(FILE_ID)) {
            fileId = ctx.getLong(FILE_ID);
            rows = ctx.getInt(ROWS, 0);
            lastLine = ctx.getInt(LAST_LINE, 0);
            loaded = ctx.getInt(LOADED, 0);
            rejected = ctx.getInt(REJECTED, 0);
            skipped = ctx.getInt(SKIPPED, 0);
            // rows stored after the last checkpoint (a chunk committed while its checkpoint was not, as when the
            // process is killed between the two) are removed and read again: each row exactly once
            int removed = files.deleteRowsAfter(fileId, source, lastLine);
            log.info("{}: resuming {} after {} rows (line {}); {} rows past the checkpoint removed", source.key(),
                    file.getFileName(), rows, lastLine, removed);
        } else {
            var existing = files.find(source, quarter, sha256);
            if (existing.isPresent() && isLoaded(existing.get().status())) {
                log.info("{}: {} has the same content (SHA-256) as file {} already loaded for {}; not loaded again",
                        source.key(), file.getFileName(), existing.get().fileId(), quarter);
                ctx.putLong(ALREADY, existing.get().fileId());
                return;
            }
            if (existing.isPresent()) {
                fileId = existing.get().fileId();
                files.reset(existing.get(), jobExecutionId);
            } else {
                fileId = files.register(source, quarter, file, sha256, jobExecutionId);
            }
            ctx.putLong(FILE_ID, fileId);
        }
        try {
            reader = opener.open(source, file, fileId, mapping, quarter.referenceDate());
        } catch (ExtractFileException e) {
            files.markFailed(fileId, e.getMessage());
            throw e;
        }
        files.layout(fileId, reader.describe());
        try {
            for (int i = 0; i < rows; i++) {
                if (reader.read() == null) {
                    throw new ItemStreamException(file.getFileName() + ": the file is shorter than when the "
                            + "interrupted run read it (" + rows + " rows); it has changed, load it afresh");
                }
            }
        } catch (IOException e) {
            throw new ItemStreamException(file.getFileName() + ": " + e.getMessage(), e);
        }
        // the next rows are parsed while the step writes these: see ReadAheadReader
        reader = ahead(reader, source.key());
    }

    private static <T> ExtractReader<T> ahead(ExtractReader<T> r, String name) {
        return new ReadAheadReader<>(r, name);
    }

    private static boolean isLoaded(String status) {
        return IngestFiles.LOADED.equals(status) || IngestFiles.SUPERSEDED.equals(status);
    }

    /** The id of the file in {@code ingest_file}, once opened. */
    public long fileId() {
        return fileId;
    }

    @Override
    public RowResult<?> read() throws IOException {
        if (reader == null) {
            return null;
        }
        RowResult<?> r = reader.read();
        if (r == null) {
            return null;
        }
        rows++;
        lastLine = r.line();
        if (r instanceof RowResult.Accepted<?>) {
            loaded++;
        } else if (r instanceof RowResult.Rejected<?>) {
            rejected++;
        } else {
            skipped++;
        }
        return r;
    }

    @Override
    public void update(ExecutionContext ctx) {
        if (reader != null) {
            ctx.putInt(ROWS, rows);
            ctx.putInt(LAST_LINE, lastLine);
            ctx.putInt(LOADED, loaded);
            ctx.putInt(REJECTED, rejected);
            ctx.putInt(SKIPPED, skipped);
        }
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new ItemStreamException(file.getFileName() + ": " + e.getMessage(), e);
            } finally {
                reader = null;
            }
        }
    }
}
