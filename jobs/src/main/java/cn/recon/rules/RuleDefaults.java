package cn.recon.rules;

import cn.recon.rules.RuleSettings.CompulsoryAge;
import cn.recon.rules.RuleSettings.FlagSpec;
import cn.recon.rules.RuleSettings.HukouSettings;
import cn.recon.rules.RuleSettings.KeyChildSettings;
import cn.recon.rules.RuleSettings.RosterSettings;
import cn.recon.rules.RuleSettings.SchoolSettings;
import cn.recon.rules.RuleSettings.VisitSettings;
import cn.recon.source.Source;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The defaults of config/rules.yml, for runs without the file and for tests. The citations are in rules.yml; a test
 * fails when this class and that file differ.
 */
final class RuleDefaults {

    private static final Set<String> CANCELLED = Set.of("死亡注销", "迁出注销", "出国(境)注销", "其他注销");

    static final RuleSettings SETTINGS = new RuleSettings(
            new CompulsoryAge(6, 14, MonthDay.of(8, 31)),
            new HukouSettings(CANCELLED, CANCELLED, 18),
            new SchoolSettings(Set.of("在读", "送教上门", "休学", "延缓入学"), Set.of("辍学"), Set.of("转出"),
                    Set.of("在读", "送教上门", "休学"), Set.of("死亡", "毕业"), Set.of("死亡"), Set.of("转出", "毕业")),
            new RosterSettings(Set.of("在册"), "农村留守儿童",
                    Map.of("农村留守儿童", 16, "困境儿童", 18, "散居孤儿", 18, "事实无人抚养儿童", 18), 18,
                    Set.of("无人监护"), 16, Set.of("委托监护"), Set.of("已签订"), Set.of("已退出")),
            new VisitSettings(Set.of("入户走访")),
            new KeyChildSettings(Set.of("无人监护"), Set.of("无人监护", "父或母无监护能力", "受委托监护人监护能力不足"),
                    Set.of("辍学"), Set.of("患病", "残疾"), true,
                    Set.of(FlagCode.DROPOUT, FlagCode.OUT_OF_SCHOOL, FlagCode.UNREGISTERED)),
            agencies(), flags());

    private RuleDefaults() {
    }

    private static Map<Source, String> agencies() {
        Map<Source, String> m = new EnumMap<>(Source.class);
        m.put(Source.HUKOU, "公安机关");
        m.put(Source.SCHOOL, "教育部门");
        m.put(Source.ROSTER, "民政部门");
        m.put(Source.VISITS, "民政部门");
        return m;
    }

    private static Map<FlagCode, FlagSpec> flags() {
        Map<FlagCode, FlagSpec> m = new EnumMap<>(FlagCode.class);
        String education = "义务教育法 §11；凤民政发〔2024〕29号 §10；钦政办〔2017〕141号 §四(二)6";
        m.put(FlagCode.OUT_OF_SCHOOL, new FlagSpec("适龄失学", Severity.HIGH, null, "教育部门", education));
        m.put(FlagCode.DROPOUT, new FlagSpec("辍学", Severity.HIGH, null, "教育部门", education));
        m.put(FlagCode.UNREGISTERED, new FlagSpec("无户籍", Severity.HIGH, null, "公安机关",
                "云民规〔2019〕3号 附件3 §4；景政发〔2018〕30号 §三(二)1"));
        m.put(FlagCode.HUKOU_ELSEWHERE, new FlagSpec("户籍在外县", Severity.INFO, null, "无需处置", "DOMAIN.md（统计项）"));
        m.put(FlagCode.VISIT_OVERDUE, new FlagSpec("未按期走访", Severity.NORMAL, Severity.HIGH, "乡镇儿童督导员",
                "凤民政发〔2024〕29号 §8；云民规〔2019〕3号 §二(六)"));
        m.put(FlagCode.HUKOU_CANCELLED, new FlagSpec("户籍已注销仍在册", Severity.NORMAL, null, "民政部门",
                "云民规〔2019〕3号 附件2 §3；凤民政发〔2024〕29号 §8（数据动态更新）"));
        m.put(FlagCode.AGED_OUT, new FlagSpec("超龄仍在册", Severity.NORMAL, null, "民政部门",
                "钦政办〔2017〕141号 §三(二)；景政发〔2018〕30号；未成年人保护法 §2"));
        m.put(FlagCode.LIVING_ALONE, new FlagSpec("无人监护", Severity.HIGH, null, "公安机关、民政部门",
                "钦政办〔2017〕141号 §四(一)1、§四(二)2；云民规〔2019〕3号 附件3 §5"));
        m.put(FlagCode.NO_ENTRUSTMENT_AGREEMENT, new FlagSpec("未签委托监护确认书", Severity.NORMAL, null, "儿童主任",
                "云民规〔2019〕3号 附件3 §3；景政发〔2018〕30号 §三(二)2、附件4"));
        m.put(FlagCode.INVALID_ID, new FlagSpec("身份证号错误", Severity.NORMAL, null, null,
                "GB 11643-1999；景政发〔2018〕30号 §三(二)1（信息精准衔接）"));
        m.put(FlagCode.MISSING_ID, new FlagSpec("身份证号缺失", Severity.NORMAL, null, "民政部门",
                "景政发〔2018〕30号 §三(二)1；凤民政发〔2024〕29号 §8（一人一档）"));
        m.put(FlagCode.DUPLICATE_RECORD, new FlagSpec("重复登记", Severity.NORMAL, null, null,
                "景政发〔2018〕30号 §三(二)1；凤民政发〔2024〕29号 §8（一人一档）"));
        m.put(FlagCode.FIELD_CONFLICT, new FlagSpec("信息不一致", Severity.NORMAL, null, null,
                "景政发〔2018〕30号 §三(二)1（信息精准衔接）"));
        return m;
    }
}
