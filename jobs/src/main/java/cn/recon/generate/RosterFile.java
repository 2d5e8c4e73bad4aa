package cn.recon.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 民政 roster of left-behind children and children in difficulty, active and exited, in 儿童编号 order: as
 * roster.xlsx (header on the first row, no title) or, to vary the layouts, roster.csv (UTF-8 without BOM, tab
 * separated). A child registered twice has two rows with different 儿童编号.
 */
final class RosterFile {

    static final String XLSX = "roster.xlsx";
    static final String CSV = "roster.csv";
    static final String[] HEADER = {"儿童编号", "姓名", "性别", "身份证号", "出生日期", "民族", "是否登记户口",
        "乡镇（街道）", "村（社区）", "区划代码", "儿童类别", "困境类型", "父亲状况", "母亲状况", "监护方式", "监护情况",
        "监护人姓名", "监护人身份证号", "与儿童关系", "委托监护确认书", "就学状态", "健康状况", "残疾类别", "儿童主任",
        "最近走访日期", "登记日期", "在册状态", "退出日期"};
    static final int SOURCE = 3;

    private RosterFile() {
    }

    static String rosterId(World w, int seq, int reg) {
        String s = Integer.toString(seq);
        return w.county.code + Dates.date(reg).getYear() + "0".repeat(Math.max(0, 6 - s.length())) + s;
    }

    /** Writes the counties' rows one county after another (one county, or a province). */
    static long write(List<World> ws, Period[] periods, int k, Path dir, boolean csv, Links links)
            throws IOException {
        long rows = 0;
        for (World w : ws) {
            rows += countRows(w);
        }
        if (!csv && rows + 1 > XlsxOut.MAX_ROWS) {
            throw new IllegalArgumentException("roster.xlsx would need " + (rows + 1)
                    + " rows, more than an XLSX sheet holds (" + XlsxOut.MAX_ROWS + "): generate fewer children");
        }
        String file = csv ? CSV : XLSX;
        try (Sink out = csv ? new CsvSink(dir.resolve(CSV)) : new XlsxSink(dir.resolve(XLSX), periods[k].ref())) {
            for (String h : HEADER) {
                out.text(h);
            }
            out.end();
            for (World w : ws) {
                rows(w, periods, k, file, csv, out, links);
            }
        }
        return rows;
    }

    private static void rows(World w, Period[] periods, int k, String file, boolean csv, Sink out, Links links)
            throws IOException {
        Children c = w.ch;
        long[] order = new long[countRows(w)];
        int n = 0;
        for (int i = 0; i < c.size; i++) {
            if (c.rSeq[i] != 0) {
                order[n++] = ((long) c.rSeq[i] << 32) | i;
                if (c.rSeq2[i] != 0) {
                    order[n++] = ((long) c.rSeq2[i] << 32) | i;
                }
            }
        }
        Arrays.sort(order);
        Damage d = new Damage(w.rates);
        for (long key : order) {
            int seq = (int) (key >>> 32);
            int i = (int) key;
            int line = out.line();
            String id = rosterId(w, seq, c.rReg[i]);
            row(w, periods, k, i, seq == c.rSeq[i] ? 0 : 1, id, d, out, csv);
            out.end();
            links.add("roster", file, line, id, w.trueId(i));
        }
    }

    static int countRows(World w) {
        int n = 0;
        for (int i = 0; i < w.ch.size; i++) {
            n += (w.ch.rSeq[i] != 0 ? 1 : 0) + (w.ch.rSeq2[i] != 0 ? 1 : 0);
        }
        return n;
    }

    private static void row(World w, Period[] periods, int k, int i, int copy, String id, Damage d, Sink out,
            boolean csv) throws IOException {
        Period p = periods[k];
        Children c = w.ch;
        Households hs = w.hh;
        County co = w.county;
        int h = c.household[i];
        int v = hs.village[h];
        SplittableRandom r = Rng.of(w.seed, Rng.DAMAGE, i, SOURCE * 4 + copy);
        boolean excel = !csv && d.excelDate(r);
        Dates.Form form = d.form(r, Dates.Form.ISO);
        String name = d.name(c.name[i], r, 1);
        String sex = d.sexMaybeWrong(c.male[i], r);
        int birth = d.birth(c.birth[i], r);
        boolean registered = c.hasHukou(i, p.ref());
        long guardianId = guardianId(hs, h, c.rGuard[i]);
        String idText = d.id(registered || c.kind[i] == Children.MIGRANT ? c.id[i] : 0, guardianId, r, 1,
                w.rates.idBlankRoster(), true);
        out.text(id);
        out.text(name);
        out.text(sex);
        out.text(idText);
        out.date(birth, excel, form);
        out.text(County.ETHNIC[hs.ethnic[h]]);
        out.text(registered ? "是" : "否");
        out.text(co.tName[co.vTownship[v]]);
        out.text(co.vName[v]);
        out.text(co.vCode[v]);
        out.text(RosterCare.categoriesText(c.rCats[i]));
        out.text(RosterCare.difficultyText(w, i));
        out.text(Households.PARENT[hs.fatherStatus[h]]);
        out.text(Households.PARENT[hs.motherStatus[h]]);
        out.text(RosterCare.GUARDIANSHIP[c.rGuard[i]]);
        out.text(RosterCare.ASSESSMENT[c.rAssess[i]]);
        guardian(w, i, h, d, r, out);
        out.text(RosterCare.AGREEMENT[c.rAgree[i]]);
        out.text(schooling(c, i, p));
        out.text(Children.HEALTH[c.health[i]]);
        out.text(Children.DISABILITY[c.disability[i]]);
        out.text(co.vDirector[v]);
        int last = Visits.lastHomeVisit(w, i, periods, k);
        if (last == 0) {
            out.text("");
        } else {
            out.date(last, excel, form);
        }
        out.date(c.rReg[i], excel, form);
        boolean active = c.rosterActive(i, p.ref());
        out.text(active ? "在册" : "已退出");
        if (active) {
            out.text("");
        } else {
            out.date(c.rExit[i], excel, form);
        }
    }

    private static long guardianId(Households hs, int h, byte guard) {
        return switch (guard) {
            case RosterCare.PARENTS -> hs.fatherStatus[h] == Households.HOME ? hs.fatherId[h] : hs.motherId[h];
            case RosterCare.ENTRUSTED -> hs.grandId[h];
            default -> hs.fatherId[h];
        };
    }

    private static void guardian(World w, int i, int h, Damage d, SplittableRandom r, Sink out) throws IOException {
        Households hs = w.hh;
        switch (w.ch.rGuard[i]) {
            case RosterCare.PARENTS -> {
                boolean father = hs.fatherStatus[h] == Households.HOME || hs.motherStatus[h] != Households.HOME;
                out.text(father ? hs.father[h] : hs.mother[h]);
                out.text(d.style(Ids.text(father ? hs.fatherId[h] : hs.motherId[h]), r, 1));
                out.text(father ? "父亲" : "母亲");
            }
            case RosterCare.ENTRUSTED -> {
                out.text(hs.grand[h]);
                out.text(d.style(Ids.text(hs.grandId[h]), r, 1));
                out.text(Households.GRAND_RELATION[hs.grandRelation[h]]);
            }
            case RosterCare.INSTITUTION -> {
                out.text(w.county.name + "儿童福利院");
                out.text("");
                out.text("机构");
            }
            default -> {
                out.text("");
                out.text("");
                out.text("");
            }
        }
    }

    /** 就学状态 as civil affairs records it, from the school status. */
    static String schooling(Children c, int i, Period p) {
        return switch (c.sStatus[i]) {
            case Schooling.HOME -> "送教上门";
            case Schooling.IN, Schooling.TRANSFERRED, Schooling.SUSPENDED, Schooling.DEFERRED -> "在校";
            case Schooling.DROPOUT, Schooling.OUT -> "辍学";
            case Schooling.NONE -> p.ageAtCutoff(c.birth[i]) < 6 ? "学龄前" : "不在学";
            default -> "不在学";
        };
    }

    /** A row target: the XLSX sheet or the CSV file. */
    private interface Sink extends Closeable {
        int line();

        void text(String v) throws IOException;

        void date(int day, boolean excel, Dates.Form form) throws IOException;

        void end() throws IOException;
    }

    private static final class CsvSink implements Sink {
        private final CsvOut out;

        CsvSink(Path file) throws IOException {
            out = new CsvOut(file, StandardCharsets.UTF_8, false, '\t');
        }

        public int line() {
            return out.line();
        }

        public void text(String v) throws IOException {
            out.field(v);
        }

        public void date(int day, boolean excel, Dates.Form form) throws IOException {
            out.field(Dates.format(day, form));
        }

        public void end() throws IOException {
            out.end();
        }

        public void close() throws IOException {
            out.close();
        }
    }

    private static final class XlsxSink implements Sink {
        private final XlsxOut out;
        private boolean open;

        XlsxSink(Path file, int created) {
            out = new XlsxOut(file, "儿童信息", created);
        }

        public int line() {
            if (!open) {
                out.startRow();
                open = true;
            }
            return out.rowNumber();
        }

        public void text(String v) {
            line();
            out.text(v);
        }

        public void date(int day, boolean excel, Dates.Form form) {
            line();
            if (excel) {
                out.date(day);
            } else {
                out.text(Dates.format(day, form));
            }
        }

        public void end() {
            line();
            open = false;
        }

        public void close() throws IOException {
            out.close();
        }
    }
}
