package cn.recon.ingest.mapping;

import cn.recon.ingest.read.HeaderSpec;
import cn.recon.person.Dates;
import cn.recon.source.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A layout of one source's extract, loaded from a YAML file in {@code mappings/}: which header names denote which
 * canonical field, which columns are required, how raw values map to canonical ones, which sheet to read and which
 * date forms the layout uses. See {@code mappings/README.md} for the file format.
 *
 * @param source      the source the layout belongs to
 * @param name        a short name for messages and logs
 * @param description free text for people
 * @param sheet       the XLSX sheet to read, or null for the first
 * @param dateFormats the date forms declared (informative; year-first forms are always accepted)
 * @param fields      canonical field name → its mapping, for the fields the layout has
 * @param file        the file the mapping was loaded from
 */
public record Mapping(Source source, String name, String description, String sheet, List<String> dateFormats,
        Map<String, FieldMapping> fields, Path file) {

    public Mapping {
        dateFormats = List.copyOf(dateFormats);
        fields = Map.copyOf(fields);
    }

    /** Loads and validates a mapping file; a problem is a {@link MappingException} that says plainly what. */
    public static Mapping load(Path yamlFile) {
        return MappingLoader.load(yamlFile);
    }

    /** The mapping of a canonical field, or null when the layout does not have it. */
    public FieldMapping field(String canonicalField) {
        return fields.get(canonicalField);
    }

    /** The value map of a field: its canonical values (if closed) plus the values given in the file. */
    public Vocabulary vocabulary(String canonicalField) {
        FieldDef def = FieldCatalog.field(source, canonicalField);
        FieldMapping m = fields.get(canonicalField);
        return new Vocabulary(def == null ? List.of() : def.canonical(), m == null ? Map.of() : m.values(),
                def != null && def.kind().closed());
    }

    /** Which year-last date forms the layout declares (year-first ones are always read). */
    public Dates.Order dateOrder() {
        for (String f : dateFormats) {
            if (f.startsWith("d")) {
                return Dates.Order.DMY;
            }
            if (f.startsWith("M")) {
                return Dates.Order.MDY;
            }
        }
        return Dates.Order.YMD;
    }

    /** The header description the tabular reader needs, fields in catalogue order. */
    public HeaderSpec headerSpec() {
        List<HeaderSpec.Column> cols = new ArrayList<>();
        for (String f : FieldCatalog.fields(source).keySet()) {
            FieldMapping m = fields.get(f);
            if (m != null) {
                cols.add(new HeaderSpec.Column(f, m.headers(), m.required()));
            }
        }
        return new HeaderSpec(cols, sheet, name);
    }
}
