package cn.recon.schedule;

import cn.recon.ingest.ExtractFileException;
import cn.recon.ingest.ExtractOpener;
import cn.recon.ingest.ExtractReader;
import cn.recon.ingest.RowResult;
import cn.recon.source.HukouRecord;
import cn.recon.source.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * TEST SEAM, to be replaced by the real readers (the lead switches these tests to real extract files): an
 * {@link ExtractOpener} for a trivial 户籍 CSV format, header {@code id,name}, one {@link HukouRecord} per line. A
 * header without the column {@code id} or {@code name} is a file-level error naming the file and the column.
 * A plain configuration (Spring Boot test support keeps @TestConfiguration classes out of component scanning, and
 * the commands run in tests scan like the application), active only with {@code recon.test.simple-opener=true}. Files whose name contains "slow" are read with
 * {@code recon.test.row-delay-ms} per row, and the rows read so far are written to {@code recon.test.progress-file},
 * so that a test can stop or kill a run in the middle of a step.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "recon.test.simple-opener", havingValue = "true")
public class SimpleCsvOpener {

    @Bean
    @Primary
    ExtractOpener simpleCsvExtractOpener(@Value("${recon.test.row-delay-ms:0}") long delayMs,
            @Value("${recon.test.progress-file:}") String progressFile) {
        return (source, file, fileId, mapping, referenceDate) -> {
            if (source != Source.HUKOU) {
                throw new ExtractFileException(file, "the test reader reads 户籍 (hukou) files only");
            }
            boolean slow = file.getFileName().toString().contains("slow");
            return new Reader(file, fileId, slow ? delayMs : 0, slow && !progressFile.isEmpty()
                    ? Path.of(progressFile) : null);
        };
    }

    /** Writes a file of the format: header {@code id,name}, then one row per id. */
    public static Path write(Path file, int rows, String prefix) throws IOException {
        StringBuilder b = new StringBuilder("id,name\n");
        for (int i = 1; i <= rows; i++) {
            b.append(prefix).append(i).append(",name ").append(prefix).append(i).append('\n');
        }
        Files.createDirectories(file.getParent());
        return Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    private static final class Reader implements ExtractReader<HukouRecord> {

        private final BufferedReader in;
        private final long fileId;
        private final long delayMs;
        private final Path progress;
        private int line = 1;

        Reader(Path file, long fileId, long delayMs, Path progress) {
            this.fileId = fileId;
            this.delayMs = delayMs;
            this.progress = progress;
            try {
                in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                String header = in.readLine();
                if (header == null) {
                    in.close();
                    throw new ExtractFileException(file, "the file is empty");
                }
                List<String> cols = Arrays.asList(header.strip().split(","));
                for (String required : List.of("id", "name")) {
                    if (!cols.contains(required)) {
                        in.close();
                        throw new ExtractFileException(file, "line 1: the required column '" + required
                                + "' is missing (found: " + header.strip() + ")");
                    }
                }
            } catch (IOException e) {
                throw new ExtractFileException(file, "cannot be read (" + e.getMessage() + ")", e);
            }
        }

        @Override
        public RowResult<HukouRecord> read() throws IOException {
            String row = in.readLine();
            if (row == null) {
                return null;
            }
            line++;
            if (delayMs > 0) {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (progress != null) {
                Files.writeString(progress, Integer.toString(line - 1), StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            }
            String[] f = row.split(",", -1);
            String id = f[0];
            String name = f.length > 1 ? f[1] : null;
            return new RowResult.Accepted<>(line, new HukouRecord(fileId, line, id, id, null, name, name, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        }

        @Override
        public String describe() {
            return "test CSV id,name";
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
