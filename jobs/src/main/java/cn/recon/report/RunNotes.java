package cn.recon.report;

import cn.recon.ingest.FileDigest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The notes sheet's input: what the run compared, against which rules, from which files.
 *
 * @param previousQuarter the quarter compared against for NEW/RESOLVED; null for a first run
 * @param remarks         further lines to print (e.g. the compulsory-age window in force); may be empty
 */
public record RunNotes(String quarter, LocalDate referenceDate, String previousQuarter, LocalDateTime generatedAt,
        List<RuleNote> rules, List<InputFile> inputs, List<String> remarks) {

    public RunNotes {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(referenceDate, "referenceDate");
        rules = rules == null ? List.of() : List.copyOf(rules);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
    }

    /** A rule in force: its code, Chinese name, the rule as configured, and its source document and clause. */
    public record RuleNote(String code, String chineseName, String ruleText, String citation) {
    }

    /** An input extract and its SHA-256 (hex, lower case). */
    public record InputFile(String source, String file, long bytes, String sha256) {

        /** The file's size and SHA-256 (computed as the ingest register does, {@link FileDigest}). */
        public static InputFile of(String source, Path file) {
            try {
                return new InputFile(source, file.getFileName().toString(), Files.size(file),
                        FileDigest.sha256(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " to compute its SHA-256", e);
            }
        }
    }
}
