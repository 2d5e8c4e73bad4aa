package cn.recon.ingest.read;

import java.util.List;
import java.util.Map;

/**
 * The header row found in a file.
 *
 * @param line    its line (CSV physical line, XLSX row number, both from 1)
 * @param names   the header cells as written, by column
 * @param columns for each canonical field found, its column index
 */
public record Header(int line, List<String> names, Map<String, Integer> columns) {

    public Header {
        names = List.copyOf(names.stream().map(n -> n == null ? "" : n).toList());
        columns = Map.copyOf(columns);
    }

    /** The column of a canonical field, or -1 when the file has no such column. */
    public int column(String field) {
        Integer c = columns.get(field);
        return c == null ? -1 : c;
    }
}
