package cn.recon.generate;

import cn.recon.generate.ExtractFiles.DataRow;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The four truth rules of DOMAIN.md applied to the written files, with the children joined by the truth links (a
 * perfect matcher) and birth dates from truth/children.csv. An independent check of truth/flags.csv.
 */
final class FlagCrossCheck {

    private static final Set<String> ATTENDING = Set.of("在读", "送教上门", "休学", "延缓入学");

    private static final class Child {
        final List<String[]> hukou = new ArrayList<>();
        final List<String> school = new ArrayList<>();
        boolean active;
        LocalDate registered;
        final List<LocalDate> homeVisits = new ArrayList<>();
    }

    private FlagCrossCheck() {
    }

    static Set<String> flags(GeneratedQuarter g) {
        Map<String, Child> kids = new HashMap<>();
        for (DataRow r : g.hukou.rows()) {
            child(kids, g.trueChild("hukou.csv", r)).hukou.add(new String[] {r.get("人员状态"), r.get("注销日期")});
        }
        for (DataRow r : g.school.rows()) {
            child(kids, g.trueChild("school.xlsx", r)).school.add(r.get("学籍状态"));
        }
        for (DataRow r : g.roster.rows()) {
            Child c = child(kids, g.trueChild(g.rosterFile, r));
            if (r.get("在册状态").equals("在册")) {
                c.active = true;
                c.registered = ExtractFiles.date(r.get("登记日期"));
            }
        }
        for (DataRow r : g.visits.rows()) {
            if (r.get("走访方式").equals("入户走访")) {
                child(kids, g.trueChild("visits.csv", r)).homeVisits.add(ExtractFiles.date(r.get("走访日期")));
            }
        }
        LocalDate ref = g.quarter.referenceDate();
        LocalDate cutoff = LocalDate.of(ref.getMonthValue() >= 9 ? ref.getYear() : ref.getYear() - 1, 8, 31);
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, DataRow> e : g.children.entrySet()) {
            String id = e.getKey();
            Child c = kids.getOrDefault(id, new Child());
            int ageCut = Period.between(LocalDate.parse(e.getValue().get("birth_date")), cutoff).getYears();
            boolean compulsory = ageCut >= 6 && ageCut <= 14;
            boolean hasHukou = !c.hukou.isEmpty();
            boolean cancelled = c.hukou.stream().anyMatch(h -> !h[0].equals("正常")
                    && !ExtractFiles.date(h[1]).isAfter(ref));
            boolean exempt = cancelled || (!c.school.isEmpty() && c.school.stream().allMatch("死亡"::equals));
            if (compulsory && !exempt && c.school.isEmpty() && (hasHukou && !cancelled || c.active)) {
                out.add(id + "|OUT_OF_SCHOOL");
            }
            if (compulsory && !exempt && c.school.stream().noneMatch(ATTENDING::contains)
                    && c.school.stream().anyMatch(s -> s.equals("辍学") || s.equals("转出"))) {
                out.add(id + "|DROPOUT");
            }
            boolean liveSchool = c.school.stream().anyMatch(s -> !s.equals("死亡") && !s.equals("毕业"));
            if ((c.active || liveSchool) && !hasHukou && e.getValue().get("id_number").isEmpty()) {
                out.add(id + "|UNREGISTERED");
            }
            if (c.active && overdue(c, g.quarter.months())) {
                out.add(id + "|VISIT_OVERDUE");
            }
        }
        return out;
    }

    private static boolean overdue(Child c, List<YearMonth> months) {
        for (YearMonth m : months) {
            if (!c.registered.isAfter(m.atDay(1))
                    && c.homeVisits.stream().noneMatch(d -> YearMonth.from(d).equals(m))) {
                return true;
            }
        }
        return false;
    }

    private static Child child(Map<String, Child> kids, String id) {
        if (id == null) {
            throw new AssertionError("a data row has no truth link");
        }
        return kids.computeIfAbsent(id, k -> new Child());
    }
}
