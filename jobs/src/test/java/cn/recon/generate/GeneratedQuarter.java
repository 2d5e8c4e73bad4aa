package cn.recon.generate;

import cn.recon.generate.ExtractFiles.DataRow;
import cn.recon.generate.ExtractFiles.Table;
import cn.recon.person.Quarter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One generated quarter read back from disk: the four extracts and the three truth files. */
final class GeneratedQuarter {

    final Quarter quarter;
    final Path dir;
    final Table hukou;
    final Table school;
    final Table roster;
    final String rosterFile;
    final Table visits;
    final Table links;
    final Table flags;
    final Map<String, DataRow> children = new LinkedHashMap<>();
    private final Map<String, DataRow> linkAt = new HashMap<>();

    GeneratedQuarter(Path out, Quarter q) throws IOException {
        quarter = q;
        dir = out.resolve(q.toString());
        hukou = ExtractFiles.csv(dir.resolve("hukou.csv"), Charset.forName("GB18030"), ',');
        school = ExtractFiles.xlsx(dir.resolve("school.xlsx"), 2);
        if (Files.exists(dir.resolve("roster.csv"))) {
            rosterFile = "roster.csv";
            roster = ExtractFiles.csv(dir.resolve(rosterFile), StandardCharsets.UTF_8, '\t');
        } else {
            rosterFile = "roster.xlsx";
            roster = ExtractFiles.xlsx(dir.resolve(rosterFile), 1);
        }
        visits = ExtractFiles.csv(dir.resolve("visits.csv"), StandardCharsets.UTF_8, ',');
        links = ExtractFiles.csv(dir.resolve("truth/links.csv"), StandardCharsets.UTF_8, ',');
        flags = ExtractFiles.csv(dir.resolve("truth/flags.csv"), StandardCharsets.UTF_8, ',');
        for (DataRow r : ExtractFiles.csv(dir.resolve("truth/children.csv"), StandardCharsets.UTF_8, ',').rows()) {
            children.put(r.get("true_child"), r);
        }
        for (DataRow l : links.rows()) {
            linkAt.put(l.get("file") + "#" + l.get("line"), l);
        }
    }

    /** The truth link of a data row of a file, or null. */
    DataRow link(String file, DataRow row) {
        return linkAt.get(file + "#" + row.line());
    }

    String trueChild(String file, DataRow row) {
        DataRow l = link(file, row);
        return l == null ? null : l.get("true_child");
    }
}
