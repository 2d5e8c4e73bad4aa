package cn.recon.ingest.mapping;

import java.util.List;
import java.util.Map;

/**
 * How one canonical field appears in a layout.
 *
 * @param field    the canonical field name
 * @param headers  the header names that denote it, the first being the display name
 * @param required the column must be present in the file, and a blank value is noted as MISSING_VALUE
 * @param values   raw value → canonical value, as written in the mapping file (may be empty)
 */
public record FieldMapping(String field, List<String> headers, boolean required, Map<String, String> values) {

    public FieldMapping {
        headers = List.copyOf(headers);
        values = Map.copyOf(values);
    }
}
