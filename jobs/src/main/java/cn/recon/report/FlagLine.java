package cn.recon.report;

import cn.recon.person.Sex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One flag of one child, as the report writers take it: the columns of {@code flags.csv} (FORMATS.md) followed by
 * the child's details that the human recipients need. The lead fills it from the database; the writers never look
 * anything up.
 *
 * @param quarter       the run's quarter, e.g. {@code 2026Q3}
 * @param flag          a code of DOMAIN.md, e.g. {@code DROPOUT}; unknown codes are reported under their own name
 * @param severity      e.g. {@code HIGH} (key children), {@code NORMAL}, {@code INFO}
 * @param childId       the stable child identity
 * @param rosterKey     儿童编号(s), several joined by {@code |}; null or blank when none
 * @param schoolKey     全国学籍号(s), several joined by {@code |}
 * @param hukouKey      the 户籍 record's normalised 公民身份号码(s), several joined by {@code |}
 * @param idNumber      the child's citizen ID as best known (may be invalid or blank)
 * @param name          the child's name
 * @param township      乡镇（街道） name
 * @param village       村（社区） name
 * @param status        {@code NEW}, {@code PERSISTING} or {@code RESOLVED}
 * @param firstSeen     the quarter the flag was first seen, e.g. {@code 2026Q2}
 * @param detail        free text from the rule (Chinese, shown to people)
 * @param sex           may be null
 * @param birthDate     may be null
 * @param guardianName  监护人 (roster, else school); may be null
 * @param lastSchool    最后就读学校 (school name of the latest school record); may be null
 * @param schoolStatus  学籍状态 of that record; null when the child has no school record
 * @param childDirector 儿童主任 of the roster record; may be null
 * @param keyChild      重点儿童 (including children that this run makes key children)
 * @param monthsMissing VISIT_OVERDUE only: the months of the quarter without a home visit; empty otherwise, and
 *                      empty when the rule fell back to the roster's 最近走访日期 (then {@code detail} says why)
 */
public record FlagLine(String quarter, String flag, String severity, String childId, String rosterKey,
        String schoolKey, String hukouKey, String idNumber, String name, String township, String village,
        String status, String firstSeen, String detail, Sex sex, LocalDate birthDate, String guardianName,
        String lastSchool, String schoolStatus, String childDirector, boolean keyChild,
        List<YearMonth> monthsMissing) {

    public static final String NEW = "NEW";
    public static final String PERSISTING = "PERSISTING";
    public static final String RESOLVED = "RESOLVED";
    public static final String HIGH = "HIGH";

    public FlagLine {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(status, "status");
        monthsMissing = monthsMissing == null ? List.of() : List.copyOf(monthsMissing);
    }

    /** A flag still open this quarter (NEW or PERSISTING): the ones recipients must act on. */
    public boolean isCurrent() {
        return !RESOLVED.equals(status);
    }

    public boolean isHigh() {
        return HIGH.equals(severity);
    }
}
