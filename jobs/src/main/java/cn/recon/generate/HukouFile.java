package cn.recon.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/** hukou.csv: the 户籍 extract, GB18030, comma separated, residents under 18 plus a few stray adult rows. */
final class HukouFile {

    static final String FILE = "hukou.csv";
    static final String[] HEADER = {"公民身份号码", "姓名", "性别", "出生日期", "民族", "户号", "与户主关系", "户籍地址",
        "乡镇街道", "村居委会", "行政区划代码", "人员状态", "注销日期", "父亲姓名", "父亲公民身份号码", "母亲姓名",
        "母亲公民身份号码"};
    static final int SOURCE = 1;

    private HukouFile() {
    }

    /** The child has a row in this quarter's extract. */
    static boolean written(World w, int i, Period p) {
        return w.ch.hasHukou(i, p.ref()) && w.age(i, p.ref()) < 18;
    }

    /** Writes the counties' rows one county after another (one county, or a province). */
    static long write(List<World> ws, Period p, Path dir, Links links) throws IOException {
        try (CsvOut out = new CsvOut(dir.resolve(FILE), Charsets.GB18030, false, ',')) {
            out.header(HEADER);
            for (World w : ws) {
                rows(w, p, out, links);
            }
            return out.rows();
        }
    }

    private static void rows(World w, Period p, CsvOut out, Links links) throws IOException {
        Children c = w.ch;
        Households hs = w.hh;
        County k = w.county;
        Damage d = new Damage(w.rates);
        int initial = w.settings.children();
        for (int i = 0; i < c.size; i++) {
            int h = c.household[i];
            if (hs.adultRow[h] && !hs.migrant[h] && i < initial && (i == 0 || c.household[i - 1] != h)) {
                adult(w, h, out, links);
            }
            if (!written(w, i, p)) {
                continue;
            }
            SplittableRandom r = Rng.of(w.seed, Rng.DAMAGE, i, SOURCE);
            Dates.Form form = d.form(r, Dates.Form.COMPACT);
            String id = d.id(c.id[i], 0, r, DamageRates.HUKOU_SHARE, 0, false);
            String name = d.name(c.name[i], r, DamageRates.HUKOU_SHARE);
            String sex = d.sex(c.male[i], r);
            boolean comma = r.nextDouble() < 0.02;
            int line = out.line();
            out.field(id).field(name).field(sex).field(Dates.format(c.birth[i], form))
                    .field(County.ETHNIC[hs.ethnic[h]]).field(Households.householdNo(h))
                    .field(hs.grandHead[h] ? (c.male[i] ? "孙子" : "孙女") : (c.male[i] ? "子" : "女"))
                    .field(address(k, hs, h, comma));
            place(k, hs.village[h], out);
            boolean cancelled = c.hukouCancelled(i, p.ref());
            out.field(Children.HUKOU_STATUS[cancelled ? c.hukouStatus[i] : 0])
                    .field(cancelled ? Dates.format(c.hukouDate[i], form) : "")
                    .field(hs.father[h]).field(Ids.text(hs.fatherId[h]))
                    .field(hs.mother[h]).field(Ids.text(hs.motherId[h]));
            out.end();
            links.add("hukou", FILE, line, id, w.trueId(i));
        }
    }

    private static void adult(World w, int h, CsvOut out, Links links) throws IOException {
        Households hs = w.hh;
        boolean father = hs.fatherStatus[h] != Households.DEAD;
        if (!father && hs.motherStatus[h] == Households.DEAD) {
            return;
        }
        long id17 = father ? hs.fatherId[h] : hs.motherId[h];
        String id = Ids.text(id17);
        int line = out.line();
        out.field(id).field(father ? hs.father[h] : hs.mother[h]).field(father ? "男" : "女")
                .field(id.substring(6, 14)).field(County.ETHNIC[hs.ethnic[h]]).field(Households.householdNo(h))
                .field(hs.grandHead[h] ? "子" : "户主").field(address(w.county, hs, h, false));
        place(w.county, hs.village[h], out);
        out.field("正常").field("").field("").field("").field("").field("");
        out.end();
        links.add("hukou", FILE, line, id, w.adultId(h, father));
    }

    private static void place(County k, int v, CsvOut out) throws IOException {
        out.field(k.tName[k.vTownship[v]]).field(k.vName[v]).field(k.vCode[v]);
    }

    private static String address(County k, Households hs, int h, boolean comma) {
        int v = hs.village[h];
        return k.fullName() + k.tName[k.vTownship[v]] + k.vName[v] + hs.group[h] + "组" + (comma ? "," : "")
                + hs.houseNo[h] + "号";
    }
}
