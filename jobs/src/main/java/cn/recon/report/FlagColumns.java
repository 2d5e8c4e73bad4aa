package cn.recon.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The columns of the data officer's per-flag sheets and of the changes sheet. */
final class FlagColumns {

    private static final Set<String> SCHOOL = Set.of("OUT_OF_SCHOOL", "DROPOUT", "UNREGISTERED", "HUKOU_CANCELLED",
            "FIELD_CONFLICT", "DUPLICATE_RECORD");
    private static final Set<String> CARE = Set.of("VISIT_OVERDUE", "LIVING_ALONE", "NO_ENTRUSTMENT_AGREEMENT",
            "AGED_OUT", "HUKOU_CANCELLED", "UNREGISTERED", "MISSING_ID");

    private FlagColumns() {
    }

    /** Base details, then what the code is about (school or care), then the source keys. */
    static List<Column<FlagLine>> forCode(String code, MaskingSettings masking) {
        List<Column<FlagLine>> c = new ArrayList<>();
        addChild(c, masking);
        c.add(Column.center("严重程度", 8, f -> Labels.severity(f.severity())));
        c.add(Column.center("状态", 8, f -> Labels.status(f.status())));
        c.add(Column.center("首次发现", 10, FlagLine::firstSeen));
        if ("VISIT_OVERDUE".equals(code)) {
            c.add(Column.text("未走访月份", 14, f -> Labels.months(f.monthsMissing())));
        }
        c.add(Column.wrap("说明", 40, FlagLine::detail));
        c.add(Column.text("监护人", 10, FlagLine::guardianName));
        if (SCHOOL.contains(code) || !CARE.contains(code)) {
            c.add(Column.text("最后就读学校", 24, FlagLine::lastSchool));
            c.add(Column.center("学籍状态", 10, FlagLine::schoolStatus));
        }
        if (CARE.contains(code) || !SCHOOL.contains(code)) {
            c.add(Column.text("儿童主任", 10, FlagLine::childDirector));
        }
        addKeys(c, masking);
        return c;
    }

    /** Where the child lives, who it is (ID masked as the data officer's workbook is) and whether it is a key child. */
    private static void addChild(List<Column<FlagLine>> c, MaskingSettings masking) {
        Recipient r = Recipient.DATA_OFFICER;
        c.add(Column.text("乡镇（街道）", 14, FlagLine::township));
        c.add(Column.text("村（社区）", 14, FlagLine::village));
        c.add(Column.text("姓名", 10, FlagLine::name));
        c.add(Column.center("性别", 6, f -> f.sex() == null ? null : f.sex().chinese()));
        c.add(Column.date("出生日期", FlagLine::birthDate));
        c.add(Column.text("公民身份号码", 21, f -> masking.show(r, f.idNumber())));
        c.add(new Column<>("重点儿童", 10, Column.Kind.KEY_CHILD, FlagLine::keyChild));
    }

    /** NEW and RESOLVED flags of all codes. */
    static List<Column<FlagLine>> changes(MaskingSettings masking) {
        List<Column<FlagLine>> c = new ArrayList<>();
        c.add(Column.center("变化", 8, f -> Labels.status(f.status())));
        c.add(Column.text("问题类型", 16, f -> Labels.flagName(f.flag())));
        addChild(c, masking);
        c.add(Column.center("首次发现", 10, FlagLine::firstSeen));
        c.add(Column.wrap("说明", 40, FlagLine::detail));
        addKeys(c, masking);
        return c;
    }

    private static void addKeys(List<Column<FlagLine>> c, MaskingSettings masking) {
        Recipient r = Recipient.DATA_OFFICER;
        c.add(Column.text("儿童编号", 16, FlagLine::rosterKey));
        c.add(Column.text("全国学籍号", 22, f -> masking.show(r, f.schoolKey())));
        c.add(Column.text("户籍公民身份号码", 21, f -> masking.show(r, f.hukouKey())));
        c.add(Column.text("儿童标识", 14, FlagLine::childId));
    }
}
