package cn.recon.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A quarter's folder of extracts named by source, as the generator writes them and sample-data/ holds them:
 * {@code hukou.csv|xlsx}, {@code school…}, {@code roster…}, {@code visits…}.
 */
public final class ExtractFolder {

    private ExtractFolder() {
    }

    /** The extract of one source in the folder ({@code .csv} before {@code .xlsx}), or null when there is none. */
    public static Path extract(Path dir, Source source) {
        for (String ext : List.of(".csv", ".xlsx")) {
            Path p = dir.resolve(source.key() + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** Every source's extract in the folder. */
    public static Map<Source, Path> extracts(Path dir) {
        Map<Source, Path> files = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            Path p = extract(dir, s);
            if (p != null) {
                files.put(s, p);
            }
        }
        return files;
    }
}
