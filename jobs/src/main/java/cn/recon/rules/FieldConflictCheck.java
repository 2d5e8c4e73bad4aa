package cn.recon.rules;

import cn.recon.match.Pinyin;
import cn.recon.person.Sex;
import cn.recon.source.HukouRecord;
import cn.recon.source.RosterRecord;
import cn.recon.source.SchoolRecord;
import cn.recon.source.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * FIELD_CONFLICT (信息不一致): the child's 户籍, 学籍 and 民政 records disagree on sex, birth date, or name after
 * normalisation. The sources concerned are those disagreeing with 户籍 when 户籍 has a value (it is the legal
 * register), otherwise every source holding a value.
 */
final class FieldConflictCheck {

    private FieldConflictCheck() {
    }

    static void apply(ChildFacts f) {
        ChildRecords c = f.c;
        if (c.hukou().size() + c.school().size() + c.roster().size() < 2 || !anyConflict(c)) {
            return;
        }
        List<Value> values = new ArrayList<>();
        for (HukouRecord h : c.hukou()) {
            values.add(new Value(Source.HUKOU, h.name(), h.sex(), h.birthDate()));
        }
        for (SchoolRecord r : c.school()) {
            values.add(new Value(Source.SCHOOL, r.name(), r.sex(), r.birthDate()));
        }
        for (RosterRecord r : c.roster()) {
            values.add(new Value(Source.ROSTER, r.name(), r.sex(), r.birthDate()));
        }
        Set<Source> sources = EnumSet.noneOf(Source.class);
        StringBuilder d = new StringBuilder();
        field(values, 0, "姓名", sources, d);
        field(values, 1, "性别", sources, d);
        field(values, 2, "出生日期", sources, d);
        f.add(FlagCode.FIELD_CONFLICT, d.toString(), sources);
    }

    /** A quick pass without allocation: does any field take two different values? */
    private static boolean anyConflict(ChildRecords c) {
        String name = null;
        Sex sex = null;
        LocalDate birth = null;
        for (HukouRecord h : c.hukou()) {
            if (differs(name, h.name()) || differs(sex, h.sex()) || differs(birth, h.birthDate())) {
                return true;
            }
            name = name == null ? h.name() : name;
            sex = sex == null ? h.sex() : sex;
            birth = birth == null ? h.birthDate() : birth;
        }
        for (SchoolRecord r : c.school()) {
            if (differs(name, r.name()) || differs(sex, r.sex()) || differs(birth, r.birthDate())) {
                return true;
            }
            name = name == null ? r.name() : name;
            sex = sex == null ? r.sex() : sex;
            birth = birth == null ? r.birthDate() : birth;
        }
        for (RosterRecord r : c.roster()) {
            if (differs(name, r.name()) || differs(sex, r.sex()) || differs(birth, r.birthDate())) {
                return true;
            }
            name = name == null ? r.name() : name;
            sex = sex == null ? r.sex() : sex;
            birth = birth == null ? r.birthDate() : birth;
        }
        return false;
    }

    private static boolean differs(Object seen, Object value) {
        return seen != null && value != null && !seen.equals(value);
    }

    private static void field(List<Value> values, int field, String label, Set<Source> sources, StringBuilder d) {
        Object hukou = null;
        Object first = null;
        boolean conflict = false;
        for (Value v : values) {
            Object x = v.get(field);
            if (x == null) {
                continue;
            }
            if (first == null) {
                first = x;
            } else if (!first.equals(x)) {
                conflict = true;
            }
            if (hukou == null && v.source == Source.HUKOU) {
                hukou = x;
            }
        }
        if (!conflict) {
            return;
        }
        d.append(d.isEmpty() ? "" : "；").append(label).append('：');
        List<String> shown = new ArrayList<>();
        for (Value v : values) {
            Object x = v.get(field);
            if (x == null) {
                continue;
            }
            String text = v.source.chinese() + (x instanceof Sex s ? s.chinese() : x.toString());
            if (!shown.contains(text)) {
                d.append(shown.isEmpty() ? "" : "，").append(text);
                shown.add(text);
            }
            if (hukou == null || !hukou.equals(x)) {
                sources.add(v.source);
            }
        }
        if (field == 0 && samePinyin(values)) {
            d.append("（同音）");
        }
    }

    private static boolean samePinyin(List<Value> values) {
        String p = null;
        for (Value v : values) {
            if (v.name != null) {
                String q = Pinyin.of(v.name);
                if (p != null && !p.equals(q)) {
                    return false;
                }
                p = q;
            }
        }
        return p != null;
    }

    private record Value(Source source, String name, Sex sex, LocalDate birth) {
        Object get(int field) {
            return field == 0 ? name : field == 1 ? sex : birth;
        }
    }
}
