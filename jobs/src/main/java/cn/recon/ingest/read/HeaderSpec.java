package cn.recon.ingest.read;

import java.util.List;

/**
 * What the header of a layout looks like: for each canonical field its header aliases (the first is the display
 * name used in messages) and whether the column must be present; optionally the XLSX sheet to read.
 *
 * @param columns the fields of the layout
 * @param sheet   the XLSX sheet name, or null for the first sheet
 * @param layout  a short name of the layout for messages (the mapping's name)
 */
public record HeaderSpec(List<Column> columns, String sheet, String layout) {

    public HeaderSpec {
        columns = List.copyOf(columns);
    }

    /** One canonical field and the header names it may have. */
    public record Column(String field, List<String> aliases, boolean required) {

        public Column {
            if (aliases.isEmpty()) {
                throw new IllegalArgumentException("field " + field + " has no header alias");
            }
            aliases = List.copyOf(aliases);
        }

        public String displayName() {
            return aliases.get(0);
        }
    }
}
