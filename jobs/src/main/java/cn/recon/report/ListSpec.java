package cn.recon.report;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What one recipient's list contains and how it is laid out: which flag codes, the columns, the order within a
 * township (Chinese collation, i.e. roughly pinyin order) and the group heading under the township heading.
 */
record ListSpec(Recipient recipient, String filePrefix, String sheetName, String title, String purpose,
        Set<String> codes, Comparator<FlagLine> order, Function<FlagLine, String> subgroup, String headingPrefix, String subgroupHeader,
        boolean countKeyChildren, Function<MaskingSettings, List<Column<FlagLine>>> columns) {

    static final String NO_SCHOOL = "（无学籍记录）";
    static final String NO_DIRECTOR = "（未登记）";

    /** Pinyin order for all Han characters (the JDK's Chinese collator misplaces rarer ones such as 勐); frozen,
     * hence thread-safe. */
    private static final Collator ZH = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE).freeze();

    private static Comparator<FlagLine> by(Function<FlagLine, String> key) {
        return Comparator.comparing(f -> nz(key.apply(f)), ZH::compare);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String school(FlagLine f) {
        return f.lastSchool() == null || f.lastSchool().isBlank() ? NO_SCHOOL : f.lastSchool();
    }

    /** 辍学失学名单 for the education bureau: by township and last school. */
    static final ListSpec EDUCATION = new ListSpec(Recipient.EDUCATION_BUREAU, "辍学失学名单", "辍学失学名单",
            "辍学失学儿童名单", "送县教育局，用于劝返复学", Set.of("OUT_OF_SCHOOL", "DROPOUT"),
            Comparator.comparing((FlagLine f) -> f.lastSchool() == null || f.lastSchool().isBlank())
                    .thenComparing(by(FlagLine::lastSchool)).thenComparing(by(FlagLine::village))
                    .thenComparing(by(FlagLine::name)),
            ListSpec::school, "最后就读学校：", "最后就读学校", false,
            m -> List.of(
                    Column.text("姓名", 10, FlagLine::name),
                    Column.center("性别", 6, f -> f.sex() == null ? null : f.sex().chinese()),
                    Column.date("出生日期", FlagLine::birthDate),
                    Column.text("公民身份号码", 21, f -> m.show(Recipient.EDUCATION_BUREAU, f.idNumber())),
                    Column.text("村（社区）", 14, FlagLine::village),
                    Column.text("监护人", 10, FlagLine::guardianName),
                    Column.text("最后就读学校", 26, FlagLine::lastSchool),
                    Column.center("学籍状态", 12, f -> f.schoolStatus() == null ? "无学籍记录" : f.schoolStatus()),
                    Column.center("首次发现", 10, FlagLine::firstSeen)));

    /** 无户籍名单 for public security: by township and village. */
    static final ListSpec UNREGISTERED = new ListSpec(Recipient.PUBLIC_SECURITY, "无户籍名单", "无户籍名单",
            "无户籍儿童名单", "送县公安局，用于落实户籍", Set.of("UNREGISTERED"),
            by(FlagLine::village).thenComparing(by(FlagLine::name)),
            f -> nz(f.village()), "村（社区）：", "村（社区）", false,
            m -> List.of(
                    Column.text("村（社区）", 14, FlagLine::village),
                    Column.text("姓名", 10, FlagLine::name),
                    Column.center("性别", 6, f -> f.sex() == null ? null : f.sex().chinese()),
                    Column.date("出生日期", FlagLine::birthDate),
                    Column.text("公民身份号码", 21, f -> m.show(Recipient.PUBLIC_SECURITY, f.idNumber())),
                    Column.text("监护人", 10, FlagLine::guardianName),
                    Column.text("儿童编号（民政）", 16, FlagLine::rosterKey),
                    Column.text("全国学籍号", 22, f -> m.show(Recipient.PUBLIC_SECURITY, f.schoolKey())),
                    Column.text("就读学校", 22, FlagLine::lastSchool),
                    Column.wrap("情况说明", 34, FlagLine::detail),
                    Column.center("首次发现", 10, FlagLine::firstSeen)));

    /** 未按期走访名单 for township supervisors: by township, village and child director, key children first. */
    static final ListSpec OVERDUE_VISITS = new ListSpec(Recipient.TOWNSHIP_SUPERVISOR, "未按期走访名单", "未按期走访名单",
            "未按期走访儿童名单", "送乡镇儿童督导员和儿童主任，用于补做入户走访", Set.of("VISIT_OVERDUE"),
            by(FlagLine::village).thenComparing(by(FlagLine::childDirector))
                    .thenComparing(FlagLine::isHigh, Comparator.reverseOrder())
                    .thenComparing(FlagLine::keyChild, Comparator.reverseOrder())
                    .thenComparing(by(FlagLine::name)),
            f -> nz(f.village()) + " · 儿童主任 " + (f.childDirector() == null || f.childDirector().isBlank()
                    ? NO_DIRECTOR : f.childDirector()), "", "村（社区）· 儿童主任", true,
            m -> List.of(
                    Column.text("村（社区）", 14, FlagLine::village),
                    Column.text("儿童主任", 10, FlagLine::childDirector),
                    Column.text("姓名", 10, FlagLine::name),
                    Column.center("性别", 6, f -> f.sex() == null ? null : f.sex().chinese()),
                    Column.date("出生日期", FlagLine::birthDate),
                    Column.text("公民身份号码", 21, f -> m.show(Recipient.TOWNSHIP_SUPERVISOR, f.idNumber())),
                    new Column<>("重点儿童", 10, Column.Kind.KEY_CHILD, FlagLine::keyChild),
                    Column.text("未走访月份", 16, f -> Labels.months(f.monthsMissing())),
                    Column.wrap("说明", 34, FlagLine::detail),
                    Column.center("首次发现", 10, FlagLine::firstSeen)));
}
