package cn.recon.ingest;

import cn.recon.ingest.mapping.FieldMapping;
import cn.recon.ingest.mapping.Mapping;
import cn.recon.ingest.mapping.Vocabulary;
import cn.recon.ingest.read.Header;
import cn.recon.ingest.read.RawRow;
import cn.recon.person.Dates;
import cn.recon.person.IdNumber;
import cn.recon.person.PersonName;
import cn.recon.person.Sex;
import cn.recon.source.RecordIssues;
import java.time.LocalDate;

/**
 * Reads the canonical fields of one row at a time and collects the field problems as {@link RecordIssues}: a bad value
 * never stops the row. One instance per open reader, reused row after row (not thread-safe).
 */
final class FieldReader {

    /** A canonical field bound to its column in the file (index -1 when the file has no such column). */
    record Col(String field, int index, boolean required, Vocabulary vocabulary) {
    }

    private final Mapping mapping;
    private final Header header;
    private final Dates.Order dateOrder;
    private RawRow row;
    private RecordIssues issues;

    FieldReader(Mapping mapping, Header header) {
        this.mapping = mapping;
        this.header = header;
        this.dateOrder = mapping.dateOrder();
    }

    Col col(String field) {
        FieldMapping m = mapping.field(field);
        return new Col(field, m == null ? -1 : header.column(field), m != null && m.required(),
                mapping.vocabulary(field));
    }

    void start(RawRow r) {
        this.row = r;
        this.issues = null;
    }

    /** The stored issue text of the row, or null. */
    String issues() {
        return issues == null ? null : issues.text();
    }

    void issue(String code, Col c, String message) {
        if (issues == null) {
            issues = new RecordIssues();
        }
        issues.add(code, c.field(), message);
    }

    /**
     * The cell stripped of surrounding spaces, or null when blank; a blank required field is MISSING_VALUE. A code
     * stored as a number of more than 15 digits in a workbook has lost digits: STORED_AS_NUMBER, kept as read.
     */
    String text(Col c) {
        String s = raw(c);
        if (s != null && row.numeric(c.index()) && digits(s) > 15) {
            issue("STORED_AS_NUMBER", c, "在表格中存成了数字，第15位以后的数字已丢失（请把该列设为文本后重新导出）");
        }
        return s;
    }

    private String raw(Col c) {
        String s = row.cell(c.index());
        if (s != null) {
            s = strip(s);
        }
        if (s == null && c.required()) {
            issue("MISSING_VALUE", c, "必填项为空");
        }
        return s;
    }

    /** A free-text field, relabelled through its value map when the mapping gives one. */
    String label(Col c) {
        String s = text(c);
        if (s == null) {
            return null;
        }
        String canonical = c.vocabulary().lookup(s);
        return canonical != null ? canonical : s;
    }

    /** A normalised name (raw text from {@link #text}). */
    static String name(String raw) {
        return PersonName.normalize(raw);
    }

    /**
     * A citizen ID. An ID stored as a number with more than 15 digits, or written in exponent form, has lost digits:
     * ID_STORED_AS_NUMBER, problem {@link IdNumber.Problem#STORED_AS_NUMBER}. Other problems are INVALID_ID, except a
     * 15-digit number on an adult's ID ({@code child} false), which is valid.
     */
    IdNumber id(Col c, boolean child) {
        String raw = raw(c);
        if (raw == null) {
            return new IdNumber(null, null, null);
        }
        if (row.numeric(c.index()) && digits(raw) > 15 || exponent(raw)) {
            issue("ID_STORED_AS_NUMBER", c, "身份证号在表格中存成了数字，第15位以后的数字已丢失（请把该列设为文本后重新导出）");
            return new IdNumber(raw, IdNumber.normalize(raw), IdNumber.Problem.STORED_AS_NUMBER);
        }
        IdNumber id = IdNumber.parse(raw);
        if (id.problem() != null && (child || id.problem() != IdNumber.Problem.FIFTEEN_DIGIT)) {
            issue("INVALID_ID", c, idProblem(id.problem()));
        }
        return id;
    }

    static String idProblem(IdNumber.Problem p) {
        return switch (p) {
            case BAD_LENGTH -> "长度或字符不对（应为18位数字，最后一位可为X）";
            case BAD_DATE -> "号码中的出生日期不是有效日期";
            case BAD_CHECK -> "校验码不对（可能有数字录错）";
            case FIFTEEN_DIGIT -> "15位旧号码（已换算为18位）；未成年人不应持有15位号码，可能是监护人的号码";
            case STORED_AS_NUMBER -> "存成了数字，已丢失部分数字";
        };
    }

    /** A date in any extract form, or an Excel serial day number in a numeric cell; otherwise BAD_DATE. */
    LocalDate date(Col c) {
        String s = text(c);
        if (s == null) {
            return null;
        }
        LocalDate d = Dates.parse(s, dateOrder);
        if (d == null && row.numeric(c.index()) && s.length() == 5 && digits(s) == 5) {
            d = Dates.fromExcelSerial(Long.parseLong(s));
        }
        if (d == null) {
            issue("BAD_DATE", c, "「" + s + "」不是有效日期");
        }
        return d;
    }

    Sex sex(Col c) {
        String s = text(c);
        if (s == null) {
            return null;
        }
        String canonical = c.vocabulary().lookup(s);
        Sex sex = Sex.parse(canonical != null ? canonical : s);
        if (sex == null) {
            issue("UNKNOWN_VALUE", c, "「" + s + "」不是可识别的性别");
        }
        return sex;
    }

    /** A value of a closed list: the canonical value, or the raw value kept with an UNKNOWN_VALUE issue. */
    String choice(Col c) {
        String s = text(c);
        if (s == null) {
            return null;
        }
        String canonical = c.vocabulary().lookup(s);
        if (canonical == null) {
            issue("UNKNOWN_VALUE", c, "「" + s + "」不是标准取值，原样保留");
            return s;
        }
        return canonical;
    }

    /** 是 → true, 否 → false; anything else null with an UNKNOWN_VALUE issue. */
    Boolean yesNo(Col c) {
        String s = text(c);
        if (s == null) {
            return null;
        }
        String canonical = c.vocabulary().lookup(s);
        if ("是".equals(canonical)) {
            return Boolean.TRUE;
        }
        if ("否".equals(canonical)) {
            return Boolean.FALSE;
        }
        issue("UNKNOWN_VALUE", c, "「" + s + "」应为 是 或 否");
        return null;
    }

    /** Several values of a closed list separated by 、 , ; ，；: canonical, de-duplicated, joined by 、. */
    String categories(Col c) {
        String s = text(c);
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && !categorySeparator(s.charAt(i))) {
                continue;
            }
            String part = strip(s.substring(start, i));
            start = i + 1;
            if (part == null) {
                continue;
            }
            String canonical = c.vocabulary().lookup(part);
            if (canonical == null) {
                issue("UNKNOWN_VALUE", c, "「" + part + "」不是标准的儿童类别，原样保留");
                canonical = part;
            }
            if (!contains(out, canonical)) {
                if (!out.isEmpty()) {
                    out.append('、');
                }
                out.append(canonical);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** A division code: digits kept as written; BAD_AREA_CODE when not 6/9/12 digits or unknown. */
    String areaCode(Col c) {
        String s = text(c);
        if (s == null) {
            return null;
        }
        String code = IdNumber.normalize(s);
        if (code == null || digits(code) != code.length()) {
            issue("BAD_AREA_CODE", c, "「" + s + "」不是数字代码");
            return s;
        }
        if (!AreaCodes.exists(code)) {
            issue("BAD_AREA_CODE", c, "区划代码 " + code + " 不存在（按2023年统计用区划代码），原样保留");
        }
        return code;
    }

    /** A division code or a place in words: codes are checked, words kept. */
    String area(Col c) {
        String s = label(c);
        if (s == null) {
            return null;
        }
        String code = IdNumber.normalize(s);
        if (code != null && digits(code) == code.length()) {
            if (!AreaCodes.exists(code)) {
                issue("BAD_AREA_CODE", c, "区划代码 " + code + " 不存在（按2023年统计用区划代码），原样保留");
            }
            return code;
        }
        return s;
    }

    private static boolean categorySeparator(char ch) {
        return ch == '、' || ch == ',' || ch == ';' || ch == '，' || ch == '；';
    }

    private static boolean contains(StringBuilder joined, String value) {
        int at = joined.indexOf(value);
        while (at >= 0) {
            int end = at + value.length();
            if ((at == 0 || joined.charAt(at - 1) == '、') && (end == joined.length() || joined.charAt(end) == '、')) {
                return true;
            }
            at = joined.indexOf(value, at + 1);
        }
        return false;
    }

    /** Count of leading ASCII digits. */
    static int digits(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** Text like 1.10105E+17 or 4.30101E17: a long number once shown in exponent form by a spreadsheet. */
    static boolean exponent(String s) {
        int e = s.indexOf('E');
        if (e < 0) {
            e = s.indexOf('e');
        }
        if (e <= 0 || e == s.length() - 1 || s.charAt(0) < '0' || s.charAt(0) > '9') {
            return false;
        }
        int i = e + 1;
        if (s.charAt(i) == '+') {
            i++;
        }
        return i < s.length() && digits(s.substring(i)) == s.length() - i;
    }

    /** Strips spaces (also ideographic and no-break); null when nothing is left. Allocates only when needed. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && space(s.charAt(start))) {
            start++;
        }
        while (end > start && space(s.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    private static boolean space(char c) {
        return c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }
}
