package cn.recon.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code 季度比对分析报告-Q.xlsx} for the county data officer. Sheets, in order: 汇总 (by township, with native
 * charts), one sheet per flag code in DOMAIN.md order (适龄失学, 辍学, 无户籍, … — every code, empty ones say so;
 * open flags only, NEW and PERSISTING), 变化 (NEW and RESOLVED flags), 数据质量, 说明.
 *
 * <p>Streaming: the flag sheets are SXSSF sheets (a window of rows in memory, the rest in temporary files under
 * {@code java.io.tmpdir}, uncompressed because gzip cost half as much CPU again; expect about 1 KB of temporary
 * disk per sheet row until {@link #finish}). The summary is a plain XSSF sheet of the template workbook, filled
 * and charted at {@link #finish} from counts gathered while the flags streamed past, so its totals equal the flag
 * sheets by construction. Flags are written in the order given: order them by township and village for a
 * readable workbook.
 *
 * <p>Citizen IDs, 户籍 keys and student numbers are shown as {@link MaskingSettings} says for
 * {@link Recipient#DATA_OFFICER} (masked by default; see there).
 */
public final class DataOfficerWorkbook implements AutoCloseable {

    static final String SUMMARY = "汇总";
    static final String CHANGES = "变化";
    static final String QUALITY = "数据质量";
    static final String NOTES = "说明";

    private final Path path;
    private final RunNotes notes;
    private final MaskingSettings masking;
    private final XSSFWorkbook template;
    private final StreamingWorkbook wb;
    private final Styles st;
    /** The sheet being written per flag code (and per {@link #CHANGES}), with all parts of it. */
    private final Map<String, List<TableSheet<FlagLine>>> parts = new LinkedHashMap<>();
    private final FlagTally tally = new FlagTally();
    private final Set<String> children = new HashSet<>();
    private final boolean firstRun;
    private int maxRowsPerSheet = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    private long rows;

    public static String fileName(String quarter) {
        return "季度比对分析报告-" + quarter + ".xlsx";
    }

    /** Writes the whole workbook from an iterable of flags (iterated once). */
    public static ReportFile write(Path path, RunNotes notes, List<TownshipSummary> townships, DataQuality quality,
            Iterable<FlagLine> flags, MaskingSettings masking) {
        try (DataOfficerWorkbook w = new DataOfficerWorkbook(path, notes, masking)) {
            for (FlagLine f : flags) {
                w.add(f);
            }
            return w.finish(townships, quality);
        }
    }

    public DataOfficerWorkbook(Path path, RunNotes notes, MaskingSettings masking) {
        this.path = path;
        this.notes = notes;
        this.masking = masking;
        this.firstRun = notes.previousQuarter() == null;
        this.template = new XSSFWorkbook();
        template.createSheet(SUMMARY);
        this.wb = new StreamingWorkbook(template);
        this.st = new Styles(wb);
        for (String code : Labels.FLAG_NAMES.keySet()) {
            sheet(code);
        }
        sheet(CHANGES);
    }

    /** For tests: a sheet that reaches this many rows continues on a new sheet (Excel's limit otherwise). */
    void maxRowsPerSheet(int rows) {
        this.maxRowsPerSheet = rows;
    }

    /**
     * One flag: an open flag goes to its code's sheet; a NEW or RESOLVED one also to 变化 (on a first run, without
     * a previous quarter, every flag is new and 变化 only says so).
     */
    public void add(FlagLine f) {
        tally.add(f);
        boolean written = false;
        if (f.isCurrent()) {
            sheet(f.flag()).add(f);
            written = true;
        }
        if (!FlagLine.PERSISTING.equals(f.status()) && !firstRun) {
            sheet(CHANGES).add(f);
            written = true;
        }
        if (written) {
            rows++;
            children.add(f.childId());
        }
    }

    /** Writes the summary, data-quality and notes sheets and the file; the audit facts. */
    public ReportFile finish(List<TownshipSummary> townships, DataQuality quality) {
        for (Map.Entry<String, List<TableSheet<FlagLine>>> e : parts.entrySet()) {
            TableSheet<FlagLine> last = e.getValue().get(e.getValue().size() - 1);
            if (last.dataRows() == 0) {
                last.note(!CHANGES.equals(e.getKey()) ? "本季度无此类问题。"
                        : firstRun ? "首次比对，没有上季度可比：本季度的问题全部为新发现，见各问题表。" : "与上季度相比没有变化。");
            }
            e.getValue().forEach(TableSheet::finish);
        }
        InfoSheets.quality(wb.createSheet(QUALITY), st, notes.quarter(), quality);
        InfoSheets.notes(wb.createSheet(NOTES), st, notes, masking);
        XSSFSheet summary = template.getSheet(SUMMARY);
        SummarySheet s = new SummarySheet(summary, st);
        SummarySheet.Layout layout = s.write(notes, townships, tally);
        SummaryCharts.draw(summary, layout, s.nonEmptyCodes(layout, tally));
        wb.writeTo(path);
        return new ReportFile(path, Recipient.DATA_OFFICER, children.size(), rows);
    }

    /** The sheet to write a code's (or 变化's) next row to: created on first use, continued when full. */
    private TableSheet<FlagLine> sheet(String key) {
        List<TableSheet<FlagLine>> list = parts.get(key);
        TableSheet<FlagLine> t = list == null ? null : list.get(list.size() - 1);
        if (t != null && t.nextRow() < maxRowsPerSheet) {
            return t;
        }
        String base = CHANGES.equals(key) ? CHANGES : Labels.sheetName(key);
        String name = list == null ? base : base + "（续" + (list.size() + 1) + "）";
        for (int clash = 2; wb.getSheet(name) != null; clash++) {
            name = base + clash;
        }
        String title = CHANGES.equals(key)
                ? notes.quarter() + " 与上季度相比的变化（新发现、已解决）"
                : notes.quarter() + " " + Labels.flagName(key) + "（" + key + "）儿童明细";
        String sub = CHANGES.equals(key)
                ? "上季度：" + (firstRun ? "无（首次比对）" : notes.previousQuarter())
                : "本季度仍存在的问题（新发现与持续）；已解决的见“变化”表";
        t = new TableSheet<>(wb.createSheet(name), st, title + (list == null ? "" : "（续）"), subtitle(sub),
                CHANGES.equals(key) ? FlagColumns.changes(masking) : FlagColumns.forCode(key, masking));
        if (list != null) {
            wb.setSheetOrder(name, wb.getSheetIndex(list.get(list.size() - 1).sheetName()) + 1);
        } else if (parts.containsKey(CHANGES)) {
            wb.setSheetOrder(name, wb.getSheetIndex(parts.get(CHANGES).get(0).sheetName()));
        }
        parts.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        return t;
    }

    private String subtitle(String what) {
        return "参考日 " + notes.referenceDate() + "　" + what
                + (masking.masks(Recipient.DATA_OFFICER) ? "　公民身份号码遮蔽显示，完整号码见 flags.csv" : "");
    }

    /** Releases the temporary files; safe to call twice. */
    @Override
    public void close() {
        wb.release();
    }
}
