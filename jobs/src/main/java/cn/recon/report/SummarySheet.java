package cn.recon.report;

import cn.recon.person.Quarter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The summary sheet of the data officer's workbook (a plain XSSF sheet, so it can hold native charts): children,
 * age bands and flags by township; home-visit coverage by township and month; the county's coverage by month.
 */
final class SummarySheet {

    /** Where the tables landed, for the charts. */
    record Layout(int townshipFirstRow, int townshipCount, int firstCodeCol, List<String> codes,
            int monthFirstRow, int monthCount, int belowRow) {
    }

    private final XSSFSheet sheet;
    private final Styles st;
    private int next;

    SummarySheet(XSSFSheet sheet, Styles st) {
        this.sheet = sheet;
        this.st = st;
    }

    Layout write(RunNotes notes, List<TownshipSummary> summaries, FlagTally tally) {
        Map<String, TownshipSummary> rows = new LinkedHashMap<>();
        for (TownshipSummary s : summaries) {
            rows.put(s.township(), s);
        }
        for (String t : tally.byTownship().keySet()) {
            rows.putIfAbsent(t, null);
        }
        List<String> codes = tally.codes();
        List<YearMonth> months = Quarter.parse(notes.quarter()).months();

        Row title = sheet.createRow(next++);
        title.setHeightInPoints(24);
        TableSheet.cell(title, 0, notes.quarter() + " 季度比对分析报告 · 汇总", st.title);
        TableSheet.cell(sheet.createRow(next++), 0, "参考日 " + notes.referenceDate()
                + (notes.previousQuarter() == null ? "；首次比对，无上季度可比" : "；与上季度 " + notes.previousQuarter() + " 比较")
                + "。问题数为本季度仍存在的问题（新发现与持续）；已解决的见“变化”表。", st.subtitle);
        next++;

        section("一、各乡镇儿童数、年龄段与问题数");
        int codeCol = 8;
        Row g = sheet.createRow(next);
        Row h = sheet.createRow(next + 1);
        h.setHeightInPoints(58);
        header(g, h, 0, "乡镇（街道）");
        group(g, 1, 4, "儿童数");
        String[] counts = {"合计", "户籍", "学籍", "民政在册"};
        for (int i = 0; i < 4; i++) {
            TableSheet.cell(h, 1 + i, counts[i], st.header);
        }
        group(g, 5, 7, "年龄段（参考日）");
        TableSheet.cell(h, 5, "0–5岁", st.header);
        TableSheet.cell(h, 6, "6–13岁", st.header);
        TableSheet.cell(h, 7, "14–17岁", st.header);
        group(g, codeCol, codeCol + codes.size(), "问题数（本季度）");
        for (int i = 0; i < codes.size(); i++) {
            TableSheet.cell(h, codeCol + i, Labels.flagName(codes.get(i)), st.header);
        }
        int changeCol = codeCol + codes.size() + 1;
        TableSheet.cell(h, changeCol - 1, "问题合计", st.header);
        group(g, changeCol, changeCol + 1, "与上季度比");
        TableSheet.cell(h, changeCol, "新发现", st.header);
        TableSheet.cell(h, changeCol + 1, "已解决", st.header);
        next += 2;
        int first = next;
        long[] total = new long[changeCol + 2];
        for (Map.Entry<String, TownshipSummary> e : rows.entrySet()) {
            Row r = sheet.createRow(next++);
            TableSheet.cell(r, 0, e.getKey(), st.text);
            TownshipSummary s = e.getValue();
            long[] v = new long[changeCol + 2];
            if (s != null) {
                long[] base = {s.children(), s.hukouChildren(), s.schoolChildren(), s.rosterChildren(), s.age0to5(),
                    s.age6to13(), s.age14to17()};
                System.arraycopy(base, 0, v, 1, base.length);
            }
            FlagTally.Counts c = tally.of(e.getKey());
            for (int i = 0; i < codes.size(); i++) {
                v[codeCol + i] = c.current(codes.get(i));
            }
            v[changeCol - 1] = c.total();
            v[changeCol] = c.fresh;
            v[changeCol + 1] = c.resolved;
            for (int i = 1; i < v.length; i++) {
                number(r, i, s == null && i < codeCol ? null : (double) v[i], st.integer);
                total[i] += v[i];
            }
        }
        Row tr = sheet.createRow(next++);
        TableSheet.cell(tr, 0, "合计", st.totalText);
        for (int i = 1; i < total.length; i++) {
            number(tr, i, (double) total[i], st.totalInteger);
        }
        int townships = rows.size();
        next++;

        int monthFirst = writeCoverage(summaries, months);
        setWidths(changeCol + 2);
        TableSheet.printSetup(sheet);
        return new Layout(first, townships, codeCol, List.copyOf(codes), monthFirst, months.size(), next + 1);
    }

    /** Coverage by township and month, then the county by month; returns the first row of the county table. */
    private int writeCoverage(List<TownshipSummary> summaries, List<YearMonth> months) {
        section("二、各乡镇入户走访覆盖率（应访：当月整月在册的儿童；目标 100%，未达标的标红）");
        Row g = sheet.createRow(next);
        Row h = sheet.createRow(next + 1);
        h.setHeightInPoints(30);
        header(g, h, 0, "乡镇（街道）");
        int m = months.size();
        group(g, 1, m, "在册儿童覆盖率");
        group(g, m + 1, 2 * m, "重点儿童覆盖率");
        for (int i = 0; i < m; i++) {
            TableSheet.cell(h, 1 + i, months.get(i).getMonthValue() + "月", st.header);
            TableSheet.cell(h, 1 + m + i, months.get(i).getMonthValue() + "月", st.header);
        }
        next += 2;
        VisitCoverage[] county = new VisitCoverage[m];
        for (int i = 0; i < m; i++) {
            county[i] = new VisitCoverage(months.get(i), 0, 0, 0, 0);
        }
        for (TownshipSummary s : summaries) {
            Row r = sheet.createRow(next++);
            TableSheet.cell(r, 0, s.township(), st.text);
            for (int i = 0; i < m; i++) {
                VisitCoverage v = find(s.visits(), months.get(i));
                share(r, 1 + i, v == null ? null : v.rosterShare());
                share(r, 1 + m + i, v == null ? null : v.keyShare());
                if (v != null) {
                    county[i] = county[i].plus(v);
                }
            }
        }
        next++;
        section("三、全县入户走访覆盖率（按月）");
        Row ch = sheet.createRow(next++);
        ch.setHeightInPoints(30);
        String[] heads = {"月份", "在册儿童应访", "在册儿童已访", "在册儿童覆盖率", "重点儿童应访", "重点儿童已访", "重点儿童覆盖率", "目标"};
        for (int i = 0; i < heads.length; i++) {
            TableSheet.cell(ch, i, heads[i], st.header);
        }
        int first = next;
        for (VisitCoverage v : county) {
            Row r = sheet.createRow(next++);
            TableSheet.cell(r, 0, Labels.month(v.month()), st.text);
            number(r, 1, (double) v.rosterDue(), st.integer);
            number(r, 2, (double) v.rosterVisited(), st.integer);
            share(r, 3, v.rosterShare());
            number(r, 4, (double) v.keyDue(), st.integer);
            number(r, 5, (double) v.keyVisited(), st.integer);
            share(r, 6, v.keyShare());
            number(r, 7, 1.0, st.percent);
        }
        return first;
    }

    private static VisitCoverage find(List<VisitCoverage> list, YearMonth m) {
        for (VisitCoverage v : list) {
            if (v.month().equals(m)) {
                return v;
            }
        }
        return null;
    }

    private void section(String text) {
        Row r = sheet.createRow(next++);
        r.setHeightInPoints(20);
        TableSheet.cell(r, 0, text, st.title);
    }

    private void header(Row g, Row h, int col, String top) {
        TableSheet.cell(g, col, top, st.header);
        TableSheet.cell(h, col, null, st.header);
        sheet.addMergedRegion(new CellRangeAddress(g.getRowNum(), h.getRowNum(), col, col));
    }

    private void group(Row g, int from, int to, String text) {
        for (int c = from; c <= to; c++) {
            TableSheet.cell(g, c, c == from ? text : null, st.header);
        }
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(g.getRowNum(), g.getRowNum(), from, to));
        }
    }

    private void share(Row r, int col, Double share) {
        if (share == null) {
            TableSheet.cell(r, col, "—", st.center);
        } else {
            number(r, col, share, share < 1.0 ? st.percentLow : st.percent);
        }
    }

    private static void number(Row r, int col, Double v, CellStyle style) {
        Cell c = r.createCell(col);
        if (v != null) {
            c.setCellValue(v);
        }
        c.setCellStyle(style);
    }

    private void setWidths(int cols) {
        sheet.setColumnWidth(0, 16 * 256);
        for (int c = 1; c < cols; c++) {
            sheet.setColumnWidth(c, 10 * 256);
        }
    }

    List<String> nonEmptyCodes(Layout layout, FlagTally tally) {
        List<String> out = new ArrayList<>();
        for (String code : layout.codes()) {
            long n = 0;
            for (FlagTally.Counts c : tally.byTownship().values()) {
                n += c.current(code);
            }
            if (n > 0) {
                out.add(code);
            }
        }
        return out;
    }
}
