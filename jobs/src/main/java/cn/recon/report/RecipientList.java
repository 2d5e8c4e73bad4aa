package cn.recon.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list for one recipient agency, one workbook of two sheets: the list (township heading rows, each township on
 * its own printed pages, group heading rows under it, then the children) and 按乡镇统计 (counts per group).
 * <ul>
 * <li>{@link #education}: {@code 辍学失学名单-Q.xlsx}, OUT_OF_SCHOOL and DROPOUT, grouped by township and last school
 * (children without any school record last), only the columns the bureau needs to act.</li>
 * <li>{@link #unregistered}: {@code 无户籍名单-Q.xlsx}, UNREGISTERED, grouped by township and village.</li>
 * <li>{@link #overdueVisits}: {@code 未按期走访名单-Q.xlsx}, VISIT_OVERDUE, grouped by township, village and
 * child director; within a group HIGH severity (key children) first, marked 重点儿童; the months missing.</li>
 * </ul>
 * Only open flags (NEW, PERSISTING) of the list's codes are taken; other flags may be passed and are ignored, and a
 * child appears once. Input order: rows should come grouped by township (e.g. {@code ORDER BY township}); the rows
 * of one township are buffered and sorted here with Chinese collation, so memory is bounded by the largest
 * township. A township that reappears after another one starts a new block rather than failing the run.
 * Citizen IDs (and student numbers) are shown as {@link MaskingSettings} says for the recipient.
 */
public final class RecipientList implements AutoCloseable {

    private final ListSpec spec;
    private final Path path;
    private final String quarter;
    private final StreamingWorkbook wb;
    private final Styles st;
    private final TableSheet<FlagLine> table;
    private final List<FlagLine> buffer = new ArrayList<>();
    private final Set<String> inTownship = new HashSet<>();
    private final List<String[]> groups = new ArrayList<>();
    private final Set<String> children = new HashSet<>();
    private String township;
    private int blocks;

    public static RecipientList education(Path dir, String quarter, LocalDate referenceDate, MaskingSettings m) {
        return new RecipientList(ListSpec.EDUCATION, dir, quarter, referenceDate, m);
    }

    public static RecipientList unregistered(Path dir, String quarter, LocalDate referenceDate, MaskingSettings m) {
        return new RecipientList(ListSpec.UNREGISTERED, dir, quarter, referenceDate, m);
    }

    public static RecipientList overdueVisits(Path dir, String quarter, LocalDate referenceDate, MaskingSettings m) {
        return new RecipientList(ListSpec.OVERDUE_VISITS, dir, quarter, referenceDate, m);
    }

    /** Feeds all flags (iterated once) and writes the file. */
    public ReportFile writeAll(Iterable<FlagLine> flags) {
        try (this) {
            for (FlagLine f : flags) {
                add(f);
            }
            return finish();
        }
    }

    private RecipientList(ListSpec spec, Path dir, String quarter, LocalDate referenceDate, MaskingSettings m) {
        this.spec = spec;
        this.quarter = Objects.requireNonNull(quarter);
        this.path = dir.resolve(spec.filePrefix() + "-" + quarter + ".xlsx");
        this.wb = new StreamingWorkbook(new XSSFWorkbook());
        this.st = new Styles(wb);
        String masked = m.masks(spec.recipient()) ? "　公民身份号码遮蔽显示（前6位+后4位）" : "";
        this.table = new TableSheet<>(wb.createSheet(spec.sheetName()), st,
                quarter + " " + spec.title() + "（" + spec.purpose() + "）",
                "参考日 " + referenceDate + "　按乡镇、" + spec.subgroupHeader() + "分组" + masked
                        + "　本名单含未成年人敏感个人信息，仅限依法履职使用，请勿外传", spec.columns().apply(m));
    }

    public Path path() {
        return path;
    }

    /** Takes one flag; ignores flags of other codes and resolved flags. */
    public void add(FlagLine f) {
        if (!f.isCurrent() || !spec.codes().contains(f.flag())) {
            return;
        }
        String t = FlagTally.township(f.township());
        if (!t.equals(township)) {
            flushTownship();
            township = t;
        }
        if (inTownship.add(f.childId())) {
            buffer.add(f);
        }
    }

    public ReportFile finish() {
        flushTownship();
        if (blocks == 0) {
            table.note("本季度无。");
        } else {
            table.note("合计 " + children.size() + " 人。");
        }
        table.finish();
        writeCounts();
        wb.writeTo(path);
        return new ReportFile(path, spec.recipient(), children.size(), table.dataRows());
    }

    private void flushTownship() {
        if (buffer.isEmpty()) {
            return;
        }
        buffer.sort(spec.order());
        if (blocks++ > 0) {
            table.pageBreak();
        }
        table.heading(township + "（" + buffer.size() + " 人）", true);
        int i = 0;
        while (i < buffer.size()) {
            String group = spec.subgroup().apply(buffer.get(i));
            int j = i;
            int key = 0;
            while (j < buffer.size() && group.equals(spec.subgroup().apply(buffer.get(j)))) {
                if (buffer.get(j).keyChild() || buffer.get(j).isHigh()) {
                    key++;
                }
                j++;
            }
            int n = j - i;
            table.heading(spec.headingPrefix() + group + "（" + n + " 人" + (spec.countKeyChildren() && key > 0
                    ? "，其中重点儿童 " + key + " 人" : "") + "）", false);
            for (int k = i; k < j; k++) {
                table.add(buffer.get(k));
                children.add(buffer.get(k).childId());
            }
            groups.add(new String[] {township, group, String.valueOf(n),
                String.valueOf(key)});
            i = j;
        }
        buffer.clear();
        inTownship.clear();
    }

    private void writeCounts() {
        List<Column<String[]>> cols = new ArrayList<>();
        cols.add(Column.text("乡镇（街道）", 16, g -> g[0]));
        cols.add(Column.text(spec.subgroupHeader(), 30, g -> g[1]));
        cols.add(new Column<>("人数", 8, Column.Kind.INTEGER, g -> Integer.valueOf(g[2])));
        if (spec.countKeyChildren()) {
            cols.add(new Column<>("其中重点儿童", 10, Column.Kind.INTEGER, g -> Integer.valueOf(g[3])));
        }
        TableSheet<String[]> counts = new TableSheet<>(wb.createSheet("按乡镇统计"), st,
                quarter + " " + spec.title() + " · 按乡镇统计", "人数为名单中的儿童数", cols);
        for (String[] g : groups) {
            counts.add(g);
        }
        counts.note("合计 " + children.size() + " 人。");
        counts.finish();
    }

    @Override
    public void close() {
        wb.release();
    }
}
