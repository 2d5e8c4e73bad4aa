package cn.recon.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * visits.csv: the quarter's visit log, UTF-8 with BOM, month by month. Most rows carry the 儿童编号; some only an ID
 * or the name with township and village. A finding may hold a comma or a line break (quoted).
 */
final class VisitFile {

    static final String FILE = "visits.csv";
    static final String[] HEADER = {"儿童编号", "身份证号", "姓名", "乡镇（街道）", "村（社区）", "走访日期", "走访方式",
        "走访人", "走访人类别", "发现问题", "处置情况"};
    static final int SOURCE = 4;

    private VisitFile() {
    }

    /** Writes the visits month by month, each month's one county after another (one county, or a province). */
    static long write(List<World> ws, Period p, Path dir, Links links) throws IOException {
        try (CsvOut out = new CsvOut(dir.resolve(FILE), StandardCharsets.UTF_8, true, ',')) {
            out.header(HEADER);
            for (int m = 0; m < 3; m++) {
                for (World w : ws) {
                    month(w, p, m, out, links);
                }
            }
            return out.rows();
        }
    }

    private static void month(World w, Period p, int m, CsvOut out, Links links) throws IOException {
        Children c = w.ch;
        County k = w.county;
        Damage d = new Damage(w.rates);
        for (int i = 0; i < c.size; i++) {
            if (c.rSeq[i] == 0) {
                continue;
            }
            long[] visits = Visits.of(w, i, p);
            for (int j = 0; j < visits.length; j++) {
                long v = visits[j];
                if (Visits.month(v, p) != m) {
                    continue;
                }
                SplittableRandom r = Rng.of(w.seed, Rng.DAMAGE, i, SOURCE * 4, p.index() * 64L + j);
                boolean noKey = r.nextDouble() < w.rates.visitWithoutRosterId();
                boolean withId = r.nextDouble() < (noKey ? 0.7 : 0.3);
                String id = withId && c.hasHukou(i, p.ref()) ? d.id(c.id[i], 0, r, 1, 0, false) : "";
                String name = d.name(c.name[i], r, 1);
                Dates.Form form = d.form(r, Dates.Form.SLASH);
                int vil = w.village(i);
                int line = out.line();
                out.field(noKey ? "" : RosterFile.rosterId(w, c.rSeq[i], c.rReg[i])).field(id).field(name)
                        .field(k.tName[k.vTownship[vil]]).field(k.vName[vil])
                        .field(Dates.format(Visits.day(v), form)).field(Visits.TYPE[Visits.type(v)])
                        .field(visitor(w, vil, Visits.role(v), r)).field(Visits.ROLE[Visits.role(v)])
                        .field(Visits.FINDING[Visits.finding(v)]).field(Visits.ACTION[Visits.action(v)]);
                out.end();
                links.add("visits", FILE, line, "", w.trueId(i));
            }
        }
    }

    private static String visitor(World w, int village, int role, SplittableRandom r) {
        County k = w.county;
        return switch (role) {
            case 0 -> k.vDirector[village];
            case 1 -> k.tSupervisor[k.vTownship[village]];
            default -> Names.adult(r, r.nextBoolean(), Households.STYLE_HAN, Names.surname(r));
        };
    }
}
