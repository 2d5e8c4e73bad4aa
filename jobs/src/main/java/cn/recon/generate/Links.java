package cn.recon.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** truth/links.csv: one row per data row of the four extracts, saying which true child (or adult) it is. */
final class Links implements Closeable {

    static final String FILE = "links.csv";
    private final CsvOut out;

    Links(Path truthDir) throws IOException {
        out = new CsvOut(truthDir.resolve(FILE), StandardCharsets.UTF_8, false, ',');
        out.header("source", "file", "line", "source_key", "true_child");
    }

    void add(String source, String file, int line, String key, String trueChild) throws IOException {
        out.field(source).field(file).field(Integer.toString(line)).field(key).field(trueChild);
        out.end();
    }

    long rows() {
        return out.rows();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    static String adultId(int household, boolean father) {
        String s = Integer.toString(household * 2 + (father ? 1 : 2));
        return "A" + "0".repeat(Math.max(0, 7 - s.length())) + s;
    }
}
