package cn.recon.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * truth/flags.csv ({@code true_child,flag}) and truth/children.csv (the undamaged attributes of every child that
 * appears in some extract of the quarter), UTF-8, in child order.
 */
final class TruthFiles {

    static final String FLAGS = "flags.csv";
    static final String CHILDREN = "children.csv";
    static final String[] CHILDREN_HEADER = {"true_child", "name", "sex", "birth_date", "id_number", "township",
        "village", "in_hukou", "in_school", "in_roster", "kind"};

    private TruthFiles() {
    }

    /** Writes both files; returns {flag rows, child rows}. */
    static long[] write(List<World> ws, Period p, Path truthDir) throws IOException {
        try (CsvOut flags = new CsvOut(truthDir.resolve(FLAGS), StandardCharsets.UTF_8, false, ',');
                CsvOut kids = new CsvOut(truthDir.resolve(CHILDREN), StandardCharsets.UTF_8, false, ',')) {
            flags.header("true_child", "flag");
            kids.header(CHILDREN_HEADER);
            for (World w : ws) {
                rows(w, p, flags, kids);
            }
            return new long[] {flags.rows(), kids.rows()};
        }
    }

    private static void rows(World w, Period p, CsvOut flags, CsvOut kids) throws IOException {
        Children c = w.ch;
        County k = w.county;
        for (int i = 0; i < c.size; i++) {
            boolean hukou = HukouFile.written(w, i, p);
            boolean school = c.sStatus[i] != Schooling.NONE;
            boolean roster = c.rSeq[i] != 0;
            if (!hukou && !school && !roster) {
                continue;
            }
            String id = w.trueId(i);
            int f = TruthRules.flags(w, i, p);
            for (int b = 0; b < TruthRules.CODES.length; b++) {
                if ((f & (1 << b)) != 0) {
                    flags.field(id).field(TruthRules.CODES[b]);
                    flags.end();
                }
            }
            int v = w.village(i);
            kids.field(id).field(c.name[i]).field(c.male[i] ? "男" : "女")
                    .field(Dates.format(c.birth[i], Dates.Form.ISO)).field(c.id[i] == 0 ? "" : Ids.text(c.id[i]))
                    .field(k.tName[k.vTownship[v]]).field(k.vName[v]).field(hukou ? "1" : "0")
                    .field(school ? "1" : "0").field(roster ? "1" : "0").field(kind(c, i));
            kids.end();
        }
    }

    private static String kind(Children c, int i) {
        return switch (c.kind[i]) {
            case Children.MIGRANT -> "migrant";
            case Children.UNREGISTERED -> "unregistered";
            default -> c.elsewhere[i] ? "schooled_elsewhere" : "local";
        };
    }
}
