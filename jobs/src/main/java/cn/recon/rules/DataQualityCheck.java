package cn.recon.rules;

import cn.recon.source.HukouRecord;
import cn.recon.source.RosterRecord;
import cn.recon.source.SchoolRecord;
import cn.recon.source.Source;
import cn.recon.source.VisitRecord;
import java.util.EnumSet;
import java.util.Set;

/** INVALID_ID (身份证号错误), MISSING_ID (身份证号缺失) and DUPLICATE_RECORD (重复登记). */
final class DataQualityCheck {

    /** At most this many record mentions in one detail text. */
    private static final int MAX_MENTIONS = 5;

    private DataQualityCheck() {
    }

    static void apply(ChildFacts f) {
        invalidId(f);
        missingId(f);
        duplicates(f);
    }

    /** Some record of the child holds a non-blank citizen ID that failed validation. */
    private static void invalidId(ChildFacts f) {
        Mentions m = null;
        for (HukouRecord h : f.c.hukou()) {
            m = h.idProblem() == null ? m : Mentions.add(m, Source.HUKOU, h.line(), problem(h.idProblem()));
        }
        for (SchoolRecord r : f.c.school()) {
            m = r.idProblem() == null ? m : Mentions.add(m, Source.SCHOOL, r.line(), problem(r.idProblem()));
        }
        for (RosterRecord r : f.c.roster()) {
            m = r.idProblem() == null ? m : Mentions.add(m, Source.ROSTER, r.line(), problem(r.idProblem()));
        }
        for (VisitRecord v : f.c.visits()) {
            m = v.idProblem() == null ? m : Mentions.add(m, Source.VISITS, v.line(), problem(v.idProblem()));
        }
        if (m != null) {
            f.add(FlagCode.INVALID_ID, m.text(), m.sources);
        }
    }

    /** A roster record without a citizen ID, while another source gives the child a valid one. */
    private static void missingId(ChildFacts f) {
        RosterRecord blank = null;
        for (RosterRecord r : f.c.roster()) {
            if (r.idNumber() == null) {
                blank = r;
                break;
            }
        }
        if (blank == null) {
            return;
        }
        Set<Source> givers = EnumSet.noneOf(Source.class);
        for (HukouRecord h : f.c.hukou()) {
            if (ChildFacts.isValid(h.idNumber(), h.idProblem())) {
                givers.add(Source.HUKOU);
            }
        }
        for (SchoolRecord r : f.c.school()) {
            if (ChildFacts.isValid(r.idNumber(), r.idProblem())) {
                givers.add(Source.SCHOOL);
            }
        }
        for (VisitRecord v : f.c.visits()) {
            if (ChildFacts.isValid(v.idNumber(), v.idProblem())) {
                givers.add(Source.VISITS);
            }
        }
        if (givers.isEmpty()) {
            return;
        }
        StringBuilder d = new StringBuilder("民政名册第").append(blank.line()).append("行无身份证号，可据");
        int i = 0;
        for (Source s : givers) {
            d.append(i++ > 0 ? "、" : "").append(s.chinese());
        }
        f.add(FlagCode.MISSING_ID, d.append("补录").toString(), null);
    }

    /** Two or more current records of one source (records in a status listed as history are not counted). */
    private static void duplicates(ChildFacts f) {
        if (f.c.hukou().size() < 2 && f.c.school().size() < 2 && f.c.roster().size() < 2) {
            return;
        }
        Set<String> hukouIgnored = f.s.hukou().duplicateIgnoredStatuses();
        Set<String> schoolIgnored = f.s.school().duplicateIgnoredStatuses();
        Set<String> rosterIgnored = f.s.roster().duplicateIgnoredStatuses();
        int hukou = 0;
        int school = 0;
        int roster = 0;
        for (HukouRecord h : f.c.hukou()) {
            hukou += ignored(hukouIgnored, h.status()) ? 0 : 1;
        }
        for (SchoolRecord r : f.c.school()) {
            school += ignored(schoolIgnored, r.status()) ? 0 : 1;
        }
        for (RosterRecord r : f.c.roster()) {
            roster += ignored(rosterIgnored, r.rosterStatus()) ? 0 : 1;
        }
        Mentions m = null;
        for (int i = 0; hukou >= 2 && i < f.c.hukou().size(); i++) {
            HukouRecord h = f.c.hukou().get(i);
            m = ignored(hukouIgnored, h.status()) ? m : Mentions.add(m, Source.HUKOU, h.line(), h.status());
        }
        for (int i = 0; school >= 2 && i < f.c.school().size(); i++) {
            SchoolRecord r = f.c.school().get(i);
            m = ignored(schoolIgnored, r.status()) ? m : Mentions.add(m, Source.SCHOOL, r.line(), r.schoolName());
        }
        for (int i = 0; roster >= 2 && i < f.c.roster().size(); i++) {
            RosterRecord r = f.c.roster().get(i);
            m = ignored(rosterIgnored, r.rosterStatus()) ? m : Mentions.add(m, Source.ROSTER, r.line(), r.rosterId());
        }
        if (m != null) {
            f.add(FlagCode.DUPLICATE_RECORD, m.text(), m.sources);
        }
    }

    private static boolean ignored(Set<String> statuses, String status) {
        return status != null && statuses.contains(status);
    }

    static String problem(String name) {
        return switch (name) {
            case "BAD_LENGTH" -> "位数或字符不对";
            case "BAD_DATE" -> "出生日期不存在";
            case "BAD_CHECK" -> "校验码不符";
            case "FIFTEEN_DIGIT" -> "15位旧号码（儿童不应持有）";
            default -> name;
        };
    }

    /** Record mentions such as 户籍第3行（校验码不符）, grouped for a detail text, with the sources concerned. */
    private static final class Mentions {
        final Set<Source> sources = EnumSet.noneOf(Source.class);
        final StringBuilder text = new StringBuilder();
        int count;

        static Mentions add(Mentions m, Source source, int line, String what) {
            Mentions out = m == null ? new Mentions() : m;
            out.sources.add(source);
            if (out.count < MAX_MENTIONS) {
                out.text.append(out.count > 0 ? "；" : "").append(source.chinese()).append('第').append(line)
                        .append('行');
                if (what != null) {
                    out.text.append('（').append(what).append('）');
                }
            }
            out.count++;
            return out;
        }

        String text() {
            return count > MAX_MENTIONS ? text + "等" + count + "处" : text.toString();
        }
    }
}
