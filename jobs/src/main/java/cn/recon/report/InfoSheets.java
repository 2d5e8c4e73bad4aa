package cn.recon.report;

import cn.recon.source.Source;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The small sheets of the data officer's workbook: 数据质量 and 说明. */
final class InfoSheets {

    static final Map<String, String> METHOD_NAMES = Map.of("id", "按身份证号", "probabilistic", "概率匹配",
            "review", "人工复核确认", "previous", "沿用上季度关联", "new", "新建儿童", "unlinked", "未关联",
            "roster_id", "按儿童编号", "name_place", "按姓名与村居", "elimination", "同村同名排除");
    private static final List<String> METHOD_ORDER = List.of("id", "probabilistic", "review", "new", "unlinked");

    private static final int[] NOTE_WIDTHS = {22, 30, 70, 36};

    private InfoSheets() {
    }

    static void quality(Sheet sheet, Styles st, String quarter, DataQuality q) {
        Set<String> methods = new LinkedHashSet<>(METHOD_ORDER);
        for (DataQuality.FileQuality f : q.files()) {
            methods.addAll(f.linkedByMethod().keySet());
        }
        List<String> ms = new ArrayList<>();
        for (String m : methods) {
            if (!METHOD_ORDER.contains(m) || q.files().stream().anyMatch(f -> f.linkedByMethod().containsKey(m))) {
                ms.add(m);
            }
        }
        Row t = sheet.createRow(0);
        t.setHeightInPoints(24);
        TableSheet.cell(t, 0, quarter + " 数据质量：各来源文件读取、拒收与关联情况", st.title);
        TableSheet.cell(sheet.createRow(1), 0, "拒收行（既无姓名又无身份证号、无法对应任何儿童的行）的文件、行号和原因见 rejects.csv；"
                + "每一读入行的关联方式见 links.csv。", st.subtitle);
        Row h = sheet.createRow(2);
        h.setHeightInPoints(30);
        List<String> heads = new ArrayList<>(List.of("来源", "文件", "读取行数", "拒收行数", "拒收比例"));
        for (String m : ms) {
            heads.add(METHOD_NAMES.getOrDefault(m, m));
        }
        heads.add("已关联合计");
        for (int i = 0; i < heads.size(); i++) {
            TableSheet.cell(h, i, heads.get(i), st.header);
            sheet.setColumnWidth(i, (i == 1 ? 36 : 12) * 256);
        }
        int r = 3;
        for (DataQuality.FileQuality f : q.files()) {
            Row row = sheet.createRow(r++);
            TableSheet.cell(row, 0, sourceName(f.source()), st.text);
            TableSheet.cell(row, 1, f.file(), st.text);
            num(row, 2, f.rowsRead(), st.integer);
            num(row, 3, f.rowsRejected(), st.integer);
            Cell share = row.createCell(4);
            share.setCellStyle(st.percent);
            if (f.rowsRead() > 0) {
                share.setCellValue((double) f.rowsRejected() / f.rowsRead());
            }
            long linked = 0;
            for (int i = 0; i < ms.size(); i++) {
                long n = f.linkedByMethod().getOrDefault(ms.get(i), 0L);
                num(row, 5 + i, n, st.integer);
                if (!"unlinked".equals(ms.get(i))) {
                    linked += n;
                }
            }
            num(row, 5 + ms.size(), linked, st.integer);
        }
        r++;
        Row review = sheet.createRow(r);
        TableSheet.cell(review, 0, "待人工复核的疑似匹配", st.totalText);
        TableSheet.cell(review, 1, null, st.totalText);
        num(review, 2, q.reviewOpen(), st.totalInteger);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, 1));
        sheet.createFreezePane(0, 3);
        TableSheet.printSetup(sheet);
    }

    static void notes(Sheet sheet, Styles st, RunNotes n, MaskingSettings masking) {
        for (int i = 0; i < NOTE_WIDTHS.length; i++) {
            sheet.setColumnWidth(i, NOTE_WIDTHS[i] * 256);
        }
        TableSheet.printSetup(sheet);
        int[] r = {0};
        Row t = sheet.createRow(r[0]++);
        t.setHeightInPoints(24);
        TableSheet.cell(t, 0, n.quarter() + " 说明：参考日、生效规则及其依据、输入文件", st.title);
        r[0]++;
        pair(sheet, st, r, "比对季度", n.quarter());
        pair(sheet, st, r, "参考日", n.referenceDate().toString());
        pair(sheet, st, r, "比较的上季度", n.previousQuarter() == null ? "无（首次比对）" : n.previousQuarter());
        pair(sheet, st, r, "生成时间", n.generatedAt() == null ? ""
                : n.generatedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        pair(sheet, st, r, "公民身份号码", masking.masks(Recipient.DATA_OFFICER)
                ? "本工作簿中遮蔽显示（保留前6位和后4位）；完整号码见本季度的 flags.csv" : "本工作簿中完整显示");
        for (String remark : n.remarks()) {
            pair(sheet, st, r, "备注", remark);
        }
        pair(sheet, st, r, "个人信息保护", "本工作簿含不满十四周岁未成年人的敏感个人信息（个人信息保护法第二十八条、第三十一条），"
                + "仅用于依法开展的季度比对与关爱服务，请勿外传；各部门名单仅含其履职所需的列。");
        r[0]++;
        table(sheet, st, r, "一、生效的比对规则", new String[] {"代码", "名称", "规则", "依据"});
        for (RunNotes.RuleNote rule : n.rules()) {
            row(sheet, st, r, rule.code(), rule.chineseName(), rule.ruleText(), rule.citation());
        }
        r[0]++;
        table(sheet, st, r, "二、输入文件", new String[] {"来源", "文件", "SHA-256", "大小（字节）"});
        for (RunNotes.InputFile f : n.inputs()) {
            row(sheet, st, r, sourceName(f.source()), f.file(), f.sha256(), String.format("%,d", f.bytes()));
        }
    }

    private static void pair(Sheet sheet, Styles st, int[] r, String key, String value) {
        Row row = sheet.createRow(r[0]++);
        TableSheet.cell(row, 0, key, st.header);
        TableSheet.cell(row, 1, value, st.note);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 3));
        row.setHeightInPoints(TableSheet.lines(value == null ? "" : value, NOTE_WIDTHS[1] + NOTE_WIDTHS[2]
                + NOTE_WIDTHS[3]) * 14.5f);
    }

    private static void table(Sheet sheet, Styles st, int[] r, String title, String[] heads) {
        Row tr = sheet.createRow(r[0]++);
        tr.setHeightInPoints(20);
        TableSheet.cell(tr, 0, title, st.title);
        Row h = sheet.createRow(r[0]++);
        for (int i = 0; i < heads.length; i++) {
            TableSheet.cell(h, i, heads[i], st.header);
        }
    }

    private static void row(Sheet sheet, Styles st, int[] r, String... values) {
        Row row = sheet.createRow(r[0]++);
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            TableSheet.cell(row, i, values[i], st.wrapText);
            if (values[i] != null) {
                lines = Math.max(lines, TableSheet.lines(values[i], NOTE_WIDTHS[i]));
            }
        }
        row.setHeightInPoints(lines * 14.5f);
    }

    private static void num(Row row, int col, long v, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(style);
    }

    static String sourceName(String key) {
        try {
            return Source.of(key).chinese();
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
