package cn.recon.ingest.mapping;

import java.util.List;

/**
 * A canonical field of a source, as the code knows it.
 *
 * @param name      the canonical name used in mapping files (snake_case)
 * @param kind      how its values are read
 * @param mandatory the layout tables of FORMATS.md mark it R: every mapping of the source must define it
 * @param canonical the canonical values of a closed kind, in display order; empty otherwise
 */
public record FieldDef(String name, FieldKind kind, boolean mandatory, List<String> canonical) {

    public FieldDef {
        canonical = List.copyOf(canonical);
    }
}
