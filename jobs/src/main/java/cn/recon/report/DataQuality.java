package cn.recon.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data-quality sheet's input: per source file, rows read and rejected and how the loaded rows joined their
 * children; and the number of uncertain matches still waiting for a person (review queue).
 */
public record DataQuality(List<FileQuality> files, int reviewOpen) {

    public DataQuality {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /**
     * @param source         {@code hukou}, {@code school}, {@code roster} or {@code visits}
     * @param rowsRead       data rows read from the file (loaded + rejected + deliberately skipped)
     * @param rowsRejected   rows in {@code rejects.csv}
     * @param linkedByMethod loaded rows by link method ({@code id}, {@code probabilistic}, {@code review},
     *                       {@code new}, {@code unlinked}, …), in the order to show
     */
    public record FileQuality(String source, String file, long rowsRead, long rowsRejected,
            Map<String, Long> linkedByMethod) {

        public FileQuality {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(file, "file");
            linkedByMethod = linkedByMethod == null ? Map.of() : linkedByMethod;
        }
    }
}
