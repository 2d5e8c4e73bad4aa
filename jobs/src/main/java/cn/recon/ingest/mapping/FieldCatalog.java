package cn.recon.ingest.mapping;

import cn.recon.source.Source;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The canonical fields of each source (FORMATS.md layout tables) and the canonical values of closed fields. */
public final class FieldCatalog {

    private static final List<String> SEX = List.of("男", "女");
    private static final List<String> YES_NO = List.of("是", "否");
    private static final List<String> PARENT = List.of("外出务工", "在家", "死亡", "重病", "重残", "服刑", "失联");

    private static final Map<Source, Map<String, FieldDef>> FIELDS = new EnumMap<>(Source.class);

    static {
        add(Source.HUKOU,
                f("id_number", FieldKind.ID, true), f("name", FieldKind.NAME, true), f("sex", SEX),
                f("birth_date", FieldKind.DATE, false), f("ethnicity", FieldKind.TEXT, false),
                f("household_no", FieldKind.TEXT, false), f("relation_to_head", FieldKind.TEXT, false),
                f("address", FieldKind.TEXT, false), f("township", FieldKind.TEXT, false),
                f("village", FieldKind.TEXT, false), f("area_code", FieldKind.AREA_CODE, false),
                new FieldDef("status", FieldKind.CHOICE, true, List.of("正常", "死亡注销", "迁出注销", "出国(境)注销", "其他注销")),
                f("status_date", FieldKind.DATE, false), f("father_name", FieldKind.NAME, false),
                f("father_id", FieldKind.ID, false), f("mother_name", FieldKind.NAME, false),
                f("mother_id", FieldKind.ID, false));
        add(Source.SCHOOL,
                f("student_number", FieldKind.STUDENT_NUMBER, true), f("name", FieldKind.NAME, true), f("sex", SEX),
                f("birth_date", FieldKind.DATE, false), f("id_type", FieldKind.TEXT, false),
                f("id_number", FieldKind.ID, false), f("ethnicity", FieldKind.TEXT, false),
                f("school_code", FieldKind.TEXT, false), f("school_name", FieldKind.TEXT, true),
                f("school_area_code", FieldKind.AREA_CODE, false),
                new FieldDef("grade", FieldKind.CHOICE, false, List.of("一年级", "二年级", "三年级", "四年级", "五年级",
                        "六年级", "七年级", "八年级", "九年级", "高一", "高二", "高三")),
                f("class", FieldKind.TEXT, false),
                new FieldDef("status", FieldKind.CHOICE, true,
                        List.of("在读", "送教上门", "休学", "延缓入学", "转出", "辍学", "毕业", "死亡")),
                f("status_date", FieldKind.DATE, false), f("hukou_area", FieldKind.AREA, false),
                f("guardian_name", FieldKind.NAME, false),
                new FieldDef("left_behind", FieldKind.YES_NO, false, YES_NO));
        add(Source.ROSTER,
                f("roster_id", FieldKind.TEXT, true), f("name", FieldKind.NAME, true), f("sex", SEX),
                f("id_number", FieldKind.ID, false), f("birth_date", FieldKind.DATE, false),
                f("ethnicity", FieldKind.TEXT, false),
                new FieldDef("hukou_registered", FieldKind.YES_NO, false, YES_NO),
                f("township", FieldKind.TEXT, true), f("village", FieldKind.TEXT, true),
                f("area_code", FieldKind.AREA_CODE, false),
                new FieldDef("categories", FieldKind.CATEGORIES, true, List.of("农村留守儿童", "困境儿童", "散居孤儿",
                        "事实无人抚养儿童")),
                f("difficulty_type", FieldKind.TEXT, false),
                new FieldDef("father_status", FieldKind.CHOICE, false, PARENT),
                new FieldDef("mother_status", FieldKind.CHOICE, false, PARENT),
                new FieldDef("guardianship", FieldKind.CHOICE, false, List.of("父母监护", "委托监护", "机构监护", "无人监护")),
                new FieldDef("guardianship_assessment", FieldKind.CHOICE, false,
                        List.of("较好", "一般", "受委托监护人监护能力不足", "父或母无监护能力", "无人监护")),
                f("guardian_name", FieldKind.NAME, false), f("guardian_id", FieldKind.ID, false),
                f("guardian_relation", FieldKind.TEXT, false),
                new FieldDef("entrustment_agreement", FieldKind.CHOICE, false, List.of("已签订", "未签订", "不适用")),
                new FieldDef("schooling", FieldKind.CHOICE, false, List.of("学龄前", "在校", "辍学", "不在学", "送教上门")),
                new FieldDef("health", FieldKind.CHOICE, false, List.of("健康", "患病", "残疾")),
                f("disability", FieldKind.TEXT, false), f("child_director", FieldKind.TEXT, false),
                f("last_visit_date", FieldKind.DATE, false), f("registered_date", FieldKind.DATE, false),
                new FieldDef("roster_status", FieldKind.CHOICE, true, List.of("在册", "已退出")),
                f("exit_date", FieldKind.DATE, false));
        add(Source.VISITS,
                f("roster_id", FieldKind.TEXT, false), f("id_number", FieldKind.ID, false),
                f("name", FieldKind.NAME, false), f("township", FieldKind.TEXT, false),
                f("village", FieldKind.TEXT, false), f("visit_date", FieldKind.DATE, true),
                new FieldDef("visit_type", FieldKind.CHOICE, true, List.of("入户走访", "电话联系", "视频联系", "学校走访")),
                f("visitor", FieldKind.TEXT, false),
                new FieldDef("visitor_role", FieldKind.CHOICE, false, List.of("儿童主任", "儿童督导员", "社会工作者", "志愿者")),
                f("findings", FieldKind.TEXT, false), f("action", FieldKind.TEXT, false));
    }

    private FieldCatalog() {
    }

    /** The canonical fields of a source, in layout order. */
    public static Map<String, FieldDef> fields(Source source) {
        return FIELDS.get(source);
    }

    /** One canonical field, or null when the source has no such field. */
    public static FieldDef field(Source source, String name) {
        return FIELDS.get(source).get(name);
    }

    private static FieldDef f(String name, FieldKind kind, boolean mandatory) {
        return new FieldDef(name, kind, mandatory, List.of());
    }

    private static FieldDef f(String name, List<String> sexValues) {
        return new FieldDef(name, FieldKind.SEX, false, sexValues);
    }

    private static void add(Source source, FieldDef... defs) {
        Map<String, FieldDef> m = new LinkedHashMap<>();
        for (FieldDef d : defs) {
            m.put(d.name(), d);
        }
        FIELDS.put(source, java.util.Collections.unmodifiableMap(m));
    }
}
