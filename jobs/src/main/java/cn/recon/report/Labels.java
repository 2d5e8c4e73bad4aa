package cn.recon.report;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chinese names of flag codes, severities and statuses as shown in the workbooks. */
public final class Labels {

    /** The flag codes of DOMAIN.md in the table's order, with the Chinese names used as sheet names. */
    public static final Map<String, String> FLAG_NAMES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("OUT_OF_SCHOOL", "适龄失学");
        m.put("DROPOUT", "辍学");
        m.put("UNREGISTERED", "无户籍");
        m.put("HUKOU_ELSEWHERE", "户籍在外地");
        m.put("VISIT_OVERDUE", "未按期走访");
        m.put("HUKOU_CANCELLED", "户籍已注销仍在册");
        m.put("AGED_OUT", "超龄仍在册");
        m.put("LIVING_ALONE", "无人监护");
        m.put("NO_ENTRUSTMENT_AGREEMENT", "未签委托监护确认书");
        m.put("INVALID_ID", "身份证号错误");
        m.put("MISSING_ID", "身份证号缺失");
        m.put("DUPLICATE_RECORD", "重复登记");
        m.put("FIELD_CONFLICT", "信息不一致");
        FLAG_NAMES = java.util.Collections.unmodifiableMap(m);
    }

    private Labels() {
    }

    /** The Chinese name of a code, or the code itself when unknown. */
    public static String flagName(String code) {
        return FLAG_NAMES.getOrDefault(code, code);
    }

    /** A legal sheet name for a code (31 characters at most, none of {@code []:*?/\}). */
    static String sheetName(String code) {
        String name = flagName(code).replaceAll("[\\[\\]:*?/\\\\']", "_");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    public static String severity(String s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case "HIGH" -> "高";
            case "MEDIUM" -> "中";
            case "NORMAL", "LOW" -> "一般";
            case "INFO" -> "提示";
            default -> s;
        };
    }

    public static String status(String s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case FlagLine.NEW -> "新发现";
            case FlagLine.PERSISTING -> "持续";
            case FlagLine.RESOLVED -> "已解决";
            default -> s;
        };
    }

    /** {@code 7月、9月}; months of another year than the first carry their year. */
    public static String months(List<YearMonth> months) {
        if (months.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int year = months.get(0).getYear();
        for (YearMonth m : months) {
            if (!sb.isEmpty()) {
                sb.append('、');
            }
            if (m.getYear() != year) {
                sb.append(m.getYear()).append('年');
            }
            sb.append(m.getMonthValue()).append('月');
        }
        return sb.toString();
    }

    static String month(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }
}
