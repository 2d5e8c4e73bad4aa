package cn.recon.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * school.xlsx: the 学籍 extract, streamed with SXSSF: a merged title row 「XX县义务教育阶段学生名册」, the header,
 * one row per record (a transfer leaves a 转出 row at the old school; a duplicate has its own key), a blank row and
 * a totals row. Rows are ordered by school, grade and class.
 */
final class SchoolFile {

    static final String FILE = "school.xlsx";
    static final String[] HEADER = {"全国学籍号", "姓名", "性别", "出生日期", "身份证件类型", "身份证件号", "民族",
        "学校标识码", "学校名称", "学校所在地区划", "年级", "班级", "学籍状态", "状态变动日期", "户口所在地",
        "监护人姓名", "是否留守儿童"};
    static final int SOURCE = 2;
    static final int MAIN = 0;
    static final int TRANSFER_OUT = 1;
    static final int DUPLICATE = 2;
    private static final String GRADES = "一二三四五六七八九";

    private SchoolFile() {
    }

    /** The rows of a child in this quarter: bit 0 main, bit 1 the 转出 row of a transfer, bit 2 a duplicate. */
    static int rows(World w, int i) {
        Children c = w.ch;
        if (c.sStatus[i] == Schooling.NONE) {
            return 0;
        }
        return 1 | (c.sStatus[i] == Schooling.TRANSFERRED ? 2 : 0) | (c.sDup[i] != 0 ? 4 : 0);
    }

    /** Writes the counties' rows one county after another (one county, or a province, titled {@code area}). */
    static long write(List<World> ws, String area, Period p, Path dir, Links links) throws IOException {
        long[][] orders = new long[ws.size()][];
        long rows = 0;
        for (int k = 0; k < ws.size(); k++) {
            orders[k] = order(ws.get(k));
            rows += orders[k].length;
        }
        if (rows + 4 > XlsxOut.MAX_ROWS) {
            throw new IllegalArgumentException("school.xlsx would need " + (rows + 4)
                    + " rows, more than an XLSX sheet holds (" + XlsxOut.MAX_ROWS + "): generate fewer children");
        }
        try (XlsxOut out = new XlsxOut(dir.resolve(FILE), "学生名册", p.ref())) {
            out.title(area + "义务教育阶段学生名册", HEADER.length);
            out.header(HEADER);
            for (int k = 0; k < ws.size(); k++) {
                World w = ws.get(k);
                Damage d = new Damage(w.rates);
                for (long key : orders[k]) {
                    int type = (int) (key & 3);
                    int i = (int) ((key >>> 2) & ((1 << 26) - 1));
                    int line = out.startRow();
                    String number = row(w, p, i, type, d, out);
                    links.add("school", FILE, line, number, w.trueId(i));
                }
            }
            out.blankRow();
            out.startRow();
            out.text("合计").text("共" + rows + "人");
            return rows;
        }
    }

    private static long[] order(World w) {
        Children c = w.ch;
        int n = 0;
        for (int i = 0; i < c.size; i++) {
            n += Integer.bitCount(rows(w, i));
        }
        long[] keys = new long[n];
        int k = 0;
        for (int i = 0; i < c.size; i++) {
            int rows = rows(w, i);
            for (int type = 0; type < 3; type++) {
                if ((rows & (1 << type)) != 0) {
                    int school = type == TRANSFER_OUT ? c.sSchoolBefore[i] : c.sSchool[i];
                    keys[k++] = ((long) school << 40) | ((long) c.sGrade[i] << 36) | ((long) c.sClass[i] << 30)
                            | ((long) i << 2) | type;
                }
            }
        }
        Arrays.sort(keys);
        return keys;
    }

    /** Writes one row; returns its 全国学籍号. */
    private static String row(World w, Period p, int i, int type, Damage d, XlsxOut out) {
        Children c = w.ch;
        Households hs = w.hh;
        int h = c.household[i];
        SplittableRandom r = Rng.of(w.seed, Rng.DAMAGE, i, SOURCE * 4 + type);
        boolean excel = d.excelDate(r);
        Dates.Form form = d.form(r, Dates.Form.ISO);
        String name = d.name(c.name[i], r, 1);
        String sex = d.sexMaybeWrong(c.male[i], r);
        int birth = d.birth(c.birth[i], r);
        String number;
        String idColumn;
        boolean hasId;
        if (type == DUPLICATE && c.sDup[i] == Schooling.DUP_J) {
            number = "J" + Ids.text(c.sDupBody[i]);
            idColumn = d.id(c.id[i], hs.fatherId[h], r, 1, w.rates.idBlankSchool(), true);
            hasId = true;
        } else if (type == DUPLICATE && c.sDup[i] == Schooling.DUP_L) {
            number = "L" + pad18(c.sDupBody[i]);
            idColumn = "";
            hasId = false;
        } else if (c.sKind[i] == 'G') {
            String typed = d.typo(Ids.text(c.sBody[i]), r, 1);
            if (type == DUPLICATE) {
                typed = IdDamage.changeDigit(typed, r);
            }
            number = "G" + typed;
            idColumn = d.column(typed, hs.fatherId[h], r, 1, w.rates.idBlankSchool(), true);
            hasId = true;
        } else {
            number = c.sKind[i] + (c.sKind[i] == 'L' ? pad18(c.sBody[i]) : Ids.text(c.sBody[i]));
            idColumn = "";
            hasId = false;
        }
        int school = type == TRANSFER_OUT ? c.sSchoolBefore[i] : c.sSchool[i];
        Schools.School s = w.county.schools.get(school);
        byte status = type == TRANSFER_OUT ? Schooling.OUT : c.sStatus[i];
        int statusDate = c.sStatus[i] == Schooling.TRANSFERRED && type != TRANSFER_OUT
                ? Math.min(p.ref(), c.sDate[i] + 7) : c.sDate[i];
        int grade = c.sGrade[i];
        out.text(number).text(name).text(sex);
        date(out, birth, excel, form);
        out.text(hasId ? "居民身份证" : "无").text(idColumn).text(County.ETHNIC[hs.ethnic[h]])
                .text(s.code()).text(s.name()).text(s.areaCode())
                .text(s.digitGrades() ? Integer.toString(grade) : GRADES.charAt(grade - 1) + "年级")
                .text(c.sClass[i] + "班").text(Schooling.STATUS[status]);
        date(out, statusDate, excel, form);
        out.text(hukouArea(w, i, r)).text(guardian(hs, h)).text(leftBehind(w, i, p) ? "是" : "否");
        return number;
    }

    private static void date(XlsxOut out, int day, boolean excel, Dates.Form form) {
        if (excel) {
            out.date(day);
        } else {
            out.text(Dates.format(day, form));
        }
    }

    private static String hukouArea(World w, int i, SplittableRandom r) {
        Children c = w.ch;
        County k = w.county;
        boolean code = r.nextDouble() < 0.6;
        if (c.kind[i] == Children.MIGRANT) {
            String o = k.origins[w.hh.origin[c.household[i]]];
            String n = cn.recon.person.Divisions.name(o);
            return code || n == null ? o : n;
        }
        if (c.kind[i] == Children.UNREGISTERED) {
            return "";
        }
        int v = w.village(i);
        return code ? k.vCode[v] : k.name + k.tName[k.vTownship[v]];
    }

    private static String guardian(Households hs, int h) {
        if (Households.away(hs.fatherStatus[h]) && Households.away(hs.motherStatus[h])
                || Households.absentForGood(hs.fatherStatus[h]) && hs.motherStatus[h] != Households.HOME) {
            return hs.grand[h];
        }
        return hs.fatherStatus[h] == Households.HOME ? hs.father[h] : hs.mother[h];
    }

    static boolean leftBehind(World w, int i, Period p) {
        int h = w.ch.household[i];
        return !w.hh.migrant[h] && w.age(i, p.ref()) < 16
                && RosterCare.leftBehindParents(w.hh.fatherStatus[h], w.hh.motherStatus[h]);
    }

    static String pad18(long v) {
        String s = Long.toString(v);
        return "0".repeat(Math.max(0, 18 - s.length())) + s;
    }
}
