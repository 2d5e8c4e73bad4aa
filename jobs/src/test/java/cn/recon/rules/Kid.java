package cn.recon.rules;

import cn.recon.person.IdNumber;
import cn.recon.person.Quarter;
import cn.recon.person.Sex;
import cn.recon.source.HukouRecord;
import cn.recon.source.RosterRecord;
import cn.recon.source.SchoolRecord;
import cn.recon.source.VisitRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: one child's records, built in code with plain defaults (a boy 张伟 with a valid ID, 户籍 正常, 学籍 在读,
 * roster 在册 since 2025 as 农村留守儿童 under 父母监护). Each add method returns the record builder to adjust.
 */
final class Kid {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final FlagEngine ENGINE = new FlagEngine(RuleSettings.defaults());

    private final List<H> hukou = new ArrayList<>();
    private final List<S> school = new ArrayList<>();
    private final List<R> roster = new ArrayList<>();
    private final List<V> visits = new ArrayList<>();
    final LocalDate birth;
    final String id;
    private int line = 2;

    private Kid(LocalDate birth) {
        this.birth = birth;
        this.id = id(birth, Sex.MALE);
    }

    static Kid born(String date) {
        return new Kid(LocalDate.parse(date));
    }

    /** A valid 18-character citizen ID for a birth date and sex. */
    static String id(LocalDate birth, Sex sex) {
        String first17 = "530102" + birth.toString().replace("-", "") + "01" + (sex == Sex.MALE ? "1" : "2");
        return first17 + IdNumber.checkCharacter(first17);
    }

    H hukou() {
        H h = new H();
        h.line = line++;
        h.id = id;
        h.birth = birth;
        hukou.add(h);
        return h;
    }

    S school(String status) {
        S s = new S();
        s.line = line++;
        s.id = id;
        s.status = status;
        s.birth = birth;
        s.number = "G" + id;
        school.add(s);
        return s;
    }

    R roster() {
        R r = new R();
        r.line = line++;
        r.id = id;
        r.birth = birth;
        roster.add(r);
        return r;
    }

    /** The first roster record added. */
    R firstRoster() {
        return roster.get(0);
    }

    Kid visit(String date, String type) {
        V v = new V();
        v.line = line++;
        v.date = LocalDate.parse(date);
        v.type = type;
        visits.add(v);
        return this;
    }

    ChildRecords records() {
        return new ChildRecords("C1", hukou.stream().map(H::build).toList(), school.stream().map(S::build).toList(),
                roster.stream().map(R::build).toList(), visits.stream().map(V::build).toList());
    }

    ChildResult evaluate() {
        return ENGINE.evaluate(records(), Q3, true);
    }

    ChildResult evaluate(Quarter q, boolean visitLogGiven) {
        return ENGINE.evaluate(records(), q, visitLogGiven);
    }

    List<FlagCode> codes() {
        return evaluate().flags().stream().map(Flag::code).toList();
    }

    static final class H {
        int line;
        String id;
        String problem;
        String name = "张伟";
        Sex sex = Sex.MALE;
        LocalDate birth;
        String status = "正常";
        LocalDate statusDate;

        H status(String s, String date) {
            status = s;
            statusDate = date == null ? null : LocalDate.parse(date);
            return this;
        }

        HukouRecord build() {
            return new HukouRecord(1, line, id, id, problem, name, name, sex, birth, "汉族", "001", "子", "某村1号",
                    "城关镇", "东村", null, status, statusDate, null, null, null, null, null);
        }
    }

    static final class S {
        int line;
        String number;
        String kind = "G";
        String id;
        String problem;
        String name = "张伟";
        Sex sex = Sex.MALE;
        LocalDate birth;
        String schoolName = "城关小学";
        String status;
        LocalDate statusDate;

        /** A J or L student number: no citizen ID on the record. */
        S temporary(String letter) {
            kind = letter;
            number = letter + "530102201009300012";
            id = null;
            return this;
        }

        SchoolRecord build() {
            return new SchoolRecord(2, line, number, kind, id, id, problem, name, name, sex, birth, "居民身份证", "汉族",
                    "1253010200", schoolName, "530102", "三年级", "1班", status, statusDate, "530102", "张父", true,
                    null);
        }
    }

    static final class R {
        int line;
        String rosterId = "R001";
        String name = "张伟";
        Sex sex = Sex.MALE;
        String id;
        String problem;
        LocalDate birth;
        Boolean hukouRegistered = true;
        String categories = "农村留守儿童";
        String guardianship = "父母监护";
        String assessment = "较好";
        String agreement = "不适用";
        String schooling = "在校";
        String health = "健康";
        LocalDate lastVisit;
        LocalDate registered = LocalDate.parse("2025-01-10");
        String status = "在册";
        LocalDate exit;

        R registered(String date) {
            registered = LocalDate.parse(date);
            return this;
        }

        R exited(String date) {
            status = "已退出";
            exit = LocalDate.parse(date);
            return this;
        }

        RosterRecord build() {
            return new RosterRecord(3, line, rosterId, name, name, sex, id, id, problem, birth, "汉族", hukouRegistered,
                    "城关镇", "东村", null, categories, null, "外出务工", "外出务工", guardianship, assessment, "张爷爷",
                    null, "祖父", agreement, schooling, health, null, "李主任", lastVisit, registered, status, exit,
                    null);
        }
    }

    static final class V {
        int line;
        LocalDate date;
        String type;

        VisitRecord build() {
            return new VisitRecord(4, line, "R001", null, null, null, "张伟", "张伟", "城关镇", "东村", date, type, "李主任",
                    "儿童主任", null, null, null);
        }
    }
}
