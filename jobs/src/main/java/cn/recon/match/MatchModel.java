package cn.recon.match;

import static cn.recon.match.Field.*;

import cn.recon.source.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Fellegi–Sunter model of a run: m and u of every field level, and the prior odds of a match for each pair of
 * sources. A pair's score in bits is the prior log2 odds plus, for every field not missing, log2(m/u); names and
 * family names that agree are weighed by how common the agreeing value is (term frequency).
 */
final class MatchModel {

    private static final double LOG2 = Math.log(2);
    /** Unordered source pairs: hukou-hukou, hukou-school, hukou-roster, school-school, school-roster, roster-roster. */
    static final int PAIRS = 6;
    private static final int[][] PAIR = {{0, 1, 2}, {1, 3, 4}, {2, 4, 5}};
    private static final String[][] LABEL = new String[3][3];

    static {
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                LABEL[a][b] = Source.values()[a].key() + "-" + Source.values()[b].key();
            }
        }
    }

    /** m by source pair, field and level. */
    final double[][][] m = new double[PAIRS][ALL.length][];
    final double[][] u = new double[ALL.length][];
    final String[][] mSource = new String[PAIRS][ALL.length];
    /** Prior log2 odds by source ordinals. */
    final double[][] priorBits = new double[3][3];
    final double[][] priorProbability = new double[3][3];
    private final double[][][] weight = new double[PAIRS][ALL.length][];

    MatchModel() {
        for (Field f : ALL) {
            u[f.ordinal()] = f.priorU.clone();
            for (int p = 0; p < PAIRS; p++) {
                m[p][f.ordinal()] = f.priorM.clone();
                mSource[p][f.ordinal()] = "prior";
            }
        }
        refresh();
    }

    static int pair(int sourceA, int sourceB) {
        return PAIR[sourceA][sourceB];
    }

    void refresh() {
        for (int p = 0; p < PAIRS; p++) {
            for (Field f : ALL) {
                double[] w = new double[f.levelCount()];
                for (int l = 1; l < w.length; l++) {
                    w[l] = log2(m[p][f.ordinal()][l] / u[f.ordinal()][l]);
                }
                weight[p][f.ordinal()] = w;
            }
        }
    }

    void setPrior(int sourceA, int sourceB, double probability) {
        double bits = log2(probability / (1 - probability));
        priorBits[sourceA][sourceB] = bits;
        priorBits[sourceB][sourceA] = bits;
        priorProbability[sourceA][sourceB] = probability;
        priorProbability[sourceB][sourceA] = probability;
    }

    /** Posterior log2 odds that records i and j are one child, given their packed levels. */
    double bits(RecordTable t, int i, int j, int packed) {
        double w = priorBits[t.source(i)][t.source(j)];
        for (Field f : ALL) {
            int level = f.of(packed);
            if (level != MISSING) {
                w += weight(t, i, j, f, level);
            }
        }
        return w;
    }

    /** The evidence of the fields alone, without the prior. */
    double evidenceBits(RecordTable t, int i, int j, int packed) {
        return bits(t, i, j, packed) - priorBits[t.source(i)][t.source(j)];
    }

    /** The prior and every field but the ID (whatever the ID level in {@code packed}). */
    double bitsWithoutId(RecordTable t, int i, int j, int packed) {
        return bits(t, i, j, packed & ~ID.pack(0xF));
    }

    double weight(RecordTable t, int i, int j, Field f, int level) {
        double[] mf = m[pair(t.source(i), t.source(j))][f.ordinal()];
        if (f == NAME && (level == NAME_EXACT || level == NAME_PINYIN)) {
            int twp = t.twpKey(i) != RecordTable.NONE && t.twpKey(i) == t.twpKey(j) ? t.twpKey(i) : RecordTable.NONE;
            double tfU = level == NAME_EXACT ? t.tf.name(t.name(i), twp) : t.tf.pinyin(t.pinyin(i), twp);
            return log2(mf[level] / tfU);
        }
        if (f == FAMILY && level == FAMILY_EXACT) {
            int name = Comparisons.agreeingFamilyName(t, i, j);
            int names = Math.max(t.familyCount(i), t.familyCount(j));
            return log2(mf[level] / t.tf.family(name, names));
        }
        return weight[pair(t.source(i), t.source(j))][f.ordinal()][level];
    }

    /**
     * Whether the levels allow an automatic link whatever the score. Names that differ entirely, or by one character
     * on the same birth date (the pattern of twins and of siblings' records), and birth dates years apart (siblings
     * of one name, which Dai families have: 玉应 and 玉应 of the same parents) are left to a data officer, unless the
     * ID digits agree (exactly or but for one slip).
     */
    static boolean autoLinkAllowed(int packed) {
        int id = ID.of(packed);
        if (id == ID_EXACT || id == ID_EDIT1) {
            return true;
        }
        int name = NAME.of(packed);
        int birth = BIRTH_DATE.of(packed);
        return name != NAME_DIFFERENT && !(name == NAME_ONE_CHAR && birth == BIRTH_EXACT)
                && birth != BIRTH_YEARS_APART;
    }

    List<FieldEvidence> evidence(RecordTable t, int i, int j, int packed) {
        List<FieldEvidence> out = new ArrayList<>(ALL.length + 1);
        out.add(new FieldEvidence("prior", LABEL[t.source(i)][t.source(j)],
                round(priorBits[t.source(i)][t.source(j)])));
        for (Field f : ALL) {
            int level = f.of(packed);
            out.add(new FieldEvidence(f.key, f.levels[level], level == MISSING ? 0 : round(weight(t, i, j, f, level))));
        }
        return out;
    }

    List<FieldParameter> parameters() {
        List<FieldParameter> out = new ArrayList<>();
        Source[] src = Source.values();
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                int p = pair(a, b);
                for (Field f : ALL) {
                    for (int l = 1; l < f.levelCount(); l++) {
                        out.add(new FieldParameter(src[a].key() + "-" + src[b].key(), f.key, f.levels[l],
                                m[p][f.ordinal()][l], u[f.ordinal()][l], round(weight[p][f.ordinal()][l]),
                                mSource[p][f.ordinal()]));
                    }
                }
            }
        }
        return out;
    }

    Map<String, Double> priors() {
        Map<String, Double> out = new LinkedHashMap<>();
        Source[] s = Source.values();
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                out.put(s[a].key() + "-" + s[b].key(), priorProbability[a][b]);
            }
        }
        return out;
    }

    static double log2(double x) {
        return Math.log(x) / LOG2;
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
