package cn.recon.ingest.read;

import cn.recon.ingest.ExtractFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the header row among the first rows of a file: the row whose cells name the most fields of the layout
 * (earliest row on a tie), so title rows above the header are passed over. Checks the required columns.
 */
final class HeaderFinder {

    /** How many leading non-blank rows are searched for the header. */
    static final int SEARCH_ROWS = 30;

    private final HeaderSpec spec;
    /** normalised alias → {field index, alias index} */
    private final Map<String, int[]> aliases = new HashMap<>();

    HeaderFinder(HeaderSpec spec) {
        this.spec = spec;
        for (int f = 0; f < spec.columns().size(); f++) {
            List<String> a = spec.columns().get(f).aliases();
            for (int k = 0; k < a.size(); k++) {
                aliases.putIfAbsent(HeaderNames.normalize(a.get(k)), new int[] {f, k});
            }
        }
    }

    /** A candidate row: its line and cells. */
    record Candidate(int line, String[] cells) {
    }

    /** The chosen header and its position among the candidates. */
    record Found(int index, Header header) {
    }

    /**
     * Chooses the header among the candidates (at most {@link #SEARCH_ROWS} non-blank rows from the top).
     *
     * @throws ExtractFileException when no row names any field, or a required column is missing
     */
    Found find(Path file, List<Candidate> candidates) {
        int best = -1;
        int[] bestCols = null;
        int bestScore = 0;
        for (int i = 0; i < candidates.size(); i++) {
            int[] cols = match(candidates.get(i).cells());
            int score = 0;
            for (int c : cols) {
                if (c >= 0) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
                bestCols = cols;
            }
        }
        if (best < 0) {
            throw new ExtractFileException(file, "在文件前 " + SEARCH_ROWS + " 行中找不到表头：没有一行的列名与格式「"
                    + spec.layout() + "」相符（应有的列：" + requiredNames() + "）");
        }
        Candidate c = candidates.get(best);
        List<String> missing = new ArrayList<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int f = 0; f < bestCols.length; f++) {
            HeaderSpec.Column col = spec.columns().get(f);
            if (bestCols[f] >= 0) {
                columns.put(col.field(), bestCols[f]);
            } else if (col.required()) {
                missing.add(describe(col));
            }
        }
        if (!missing.isEmpty()) {
            throw new ExtractFileException(file, "缺少必需的列：" + String.join("；", missing) + "（表头在第 " + c.line()
                    + " 行，格式「" + spec.layout() + "」）；整个文件未导入");
        }
        return new Found(best, new Header(c.line(), Arrays.asList(c.cells()), columns));
    }

    /** For each field, the column that names it (the best alias, then the leftmost), or -1. */
    private int[] match(String[] cells) {
        int n = spec.columns().size();
        int[] cols = new int[n];
        int[] rank = new int[n];
        Arrays.fill(cols, -1);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null || cells[i].isBlank()) {
                continue;
            }
            int[] hit = aliases.get(HeaderNames.normalize(cells[i]));
            if (hit != null && (cols[hit[0]] < 0 || hit[1] < rank[hit[0]])) {
                cols[hit[0]] = i;
                rank[hit[0]] = hit[1];
            }
        }
        return cols;
    }

    private String requiredNames() {
        List<String> names = new ArrayList<>();
        for (HeaderSpec.Column c : spec.columns()) {
            if (c.required()) {
                names.add(c.displayName());
            }
        }
        return String.join("、", names);
    }

    private static String describe(HeaderSpec.Column col) {
        return col.aliases().size() == 1 ? "「" + col.displayName() + "」"
                : "「" + col.displayName() + "」（也可写作 " + String.join("、", col.aliases().subList(1,
                        col.aliases().size())) + "）";
    }
}
