package cn.recon.match;

/**
 * One estimated parameter of the model: for a pair of sources (e.g. {@code hukou-roster}) and a field level, m = P(level | same child) and u = P(level | different
 * children), the weight log2(m/u), and where m came from ({@code id-pairs}: pairs of these sources linked by valid ID;
 * {@code pooled}: pairs of all sources linked by valid ID (too few of these sources);
 * {@code confident-links}: pairs linked with high probability without the ID field; {@code prior}: too few data).
 * Levels adjusted by term frequency (NAME EXACT/PINYIN, FAMILY EXACT) show the average u; the weight of a pair uses
 * the frequency of the agreeing value instead.
 */
public record FieldParameter(String sources, String field, String level, double m, double u, double weight, String mSource) {
}
