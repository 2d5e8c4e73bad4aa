package cn.recon.report;

import cn.recon.person.IdNumber;
import cn.recon.person.Sex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Deterministic synthetic flags for the report tests: {@code n} flags over three townships, grouped by township
 * (as the lead's query would deliver them), generated lazily so that 200,000 of them never sit in memory.
 */
final class SyntheticFlags {

    static final String QUARTER = "2026Q3";
    static final String[] TOWNSHIPS = {"城关镇", "勐仑镇", "象明彝族乡"};
    static final String[][] VILLAGES = {{"东门社区", "西街村", "新村"}, {"曼边村", "曼打嘎村"}, {"安乐村", "倚邦村", "曼庄村"}};
    static final String[] SCHOOLS = {"城关第一小学", "勐仑中学", "象明中心小学", null};
    static final String[] NAMES = {"岩温", "玉罕", "张伟", "李娜", "玉香·依", "王芳", "岩罕", "刀建国"};
    static final String[] CODES = {"OUT_OF_SCHOOL", "DROPOUT", "UNREGISTERED", "VISIT_OVERDUE", "VISIT_OVERDUE",
        "INVALID_ID", "FIELD_CONFLICT", "AGED_OUT", "HUKOU_ELSEWHERE", "DROPOUT", "VISIT_OVERDUE"};

    private SyntheticFlags() {
    }

    static Iterable<FlagLine> flags(int n) {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public FlagLine next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                return flag(i++, n);
            }
        };
    }

    static List<FlagLine> list(int n) {
        List<FlagLine> out = new ArrayList<>(n);
        flags(n).forEach(out::add);
        return out;
    }

    static String id(LocalDate birth, int seq, boolean male) {
        int s = (seq % 499) * 2 + (male ? 1 : 0);
        String first17 = "532822" + birth.toString().replace("-", "") + String.format("%03d", Math.max(s, 1) % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    static FlagLine flag(int i, int n) {
        int t = (int) ((long) i * TOWNSHIPS.length / n);
        int h = mix(i);
        String code = CODES[h % CODES.length];
        String village = VILLAGES[t][(h >>> 4) % VILLAGES[t].length];
        boolean male = (h & 1) == 0;
        LocalDate birth = LocalDate.of(2010, 1, 1).plusDays((h >>> 8) % 5000);
        String status = switch ((h >>> 3) % 5) {
            case 0 -> FlagLine.RESOLVED;
            case 1, 2 -> FlagLine.NEW;
            default -> FlagLine.PERSISTING;
        };
        boolean key = code.equals("DROPOUT") || code.equals("OUT_OF_SCHOOL") || code.equals("UNREGISTERED")
                || (h >>> 12) % 4 == 0;
        String idNumber = code.equals("UNREGISTERED") ? null
                : code.equals("INVALID_ID") ? id(birth, i, male).substring(0, 17) + "0" : id(birth, i, male);
        String school = code.equals("OUT_OF_SCHOOL") || code.equals("UNREGISTERED") && i % 2 == 0 ? null
                : SCHOOLS[(h >>> 6) % 3];
        String schoolKey = school == null ? null : idNumber == null ? "L532822" + birth.toString().replace("-", "") + "0001"
                : "G" + idNumber;
        List<YearMonth> missing = code.equals("VISIT_OVERDUE") && i % 7 != 0
                ? List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 9)).subList(0, 1 + i % 2) : List.of();
        String detail = switch (code) {
            case "DROPOUT" -> "学籍状态：辍学，状态变动日期 2026-05-12";
            case "VISIT_OVERDUE" -> missing.isEmpty() ? "无走访记录，名册最近走访日期为空" : "本季度有月份未入户走访";
            case "INVALID_ID" -> "校验位错误，\"学籍\"来源，第 " + (i + 2) + " 行";
            case "FIELD_CONFLICT" -> "出生日期不一致：户籍 2012-03-01，学籍 2012-01-03,\n请核实";
            default -> "";
        };
        return new FlagLine(QUARTER, code, key ? FlagLine.HIGH : "NORMAL", "C" + String.format("%07d", i),
                code.equals("UNREGISTERED") || i % 3 == 0 ? "MZ" + (100000 + i) : null, schoolKey,
                code.equals("UNREGISTERED") || code.equals("HUKOU_ELSEWHERE") ? null : idNumber,
                idNumber, NAMES[(h >>> 10) % NAMES.length], TOWNSHIPS[t], village, status,
                FlagLine.NEW.equals(status) ? QUARTER : "2026Q1", detail, male ? Sex.MALE : Sex.FEMALE, birth,
                "监护人" + (i % 50), school, school == null ? null : code.equals("DROPOUT") ? "辍学" : "在读",
                "主任" + (h >>> 5) % 3, key, missing);
    }

    private static int mix(int i) {
        int x = i * 0x9E3779B1;
        x ^= x >>> 15;
        x *= 0x85EBCA77;
        x ^= x >>> 13;
        return x & 0x7fffffff;
    }

    static List<TownshipSummary> townships() {
        List<TownshipSummary> out = new ArrayList<>();
        for (int t = 0; t < TOWNSHIPS.length; t++) {
            List<VisitCoverage> v = new ArrayList<>();
            for (int m = 7; m <= 9; m++) {
                int due = 120 + t * 30;
                v.add(new VisitCoverage(YearMonth.of(2026, m), due, due - (m - 6) * (t + 1) * 3, 20 + t,
                        m == 8 && t == 0 ? 20 : 18));
            }
            out.add(new TownshipSummary(TOWNSHIPS[t], 1000 + t * 400, 950 + t * 380, 800 + t * 300, 150 + t * 30,
                    300 + t * 100, 500 + t * 200, 200 + t * 100, v));
        }
        return out;
    }

    static DataQuality quality() {
        return new DataQuality(List.of(
                new DataQuality.FileQuality("hukou", "hukou-2026Q3.csv", 3200, 3,
                        java.util.Map.of("id", 3150L, "new", 47L)),
                new DataQuality.FileQuality("school", "学籍-2026Q3.xlsx", 2600, 1,
                        new java.util.LinkedHashMap<>(java.util.Map.of("id", 2400L, "probabilistic", 150L,
                                "review", 20L, "new", 29L))),
                new DataQuality.FileQuality("roster", "roster.xlsx", 480, 0,
                        java.util.Map.of("id", 300L, "probabilistic", 170L, "new", 10L)),
                new DataQuality.FileQuality("visits", "visits.csv", 1500, 2,
                        java.util.Map.of("id", 1400L, "unlinked", 98L))), 17);
    }

    static RunNotes notes(java.util.List<RunNotes.InputFile> inputs) {
        return new RunNotes(QUARTER, LocalDate.of(2026, 9, 30), "2026Q2", java.time.LocalDateTime.of(2026, 10, 8, 9, 30),
                List.of(new RunNotes.RuleNote("OUT_OF_SCHOOL", "适龄失学",
                                "截至8月31日年满6周岁不满15周岁，有本地户籍或在册，且无任何学籍记录", "义务教育法第十一条"),
                        new RunNotes.RuleNote("VISIT_OVERDUE", "未按期走访",
                                "整月在册的儿童每月至少入户走访一次；重点儿童为高", "凤县 §10；云南 §六")),
                inputs, List.of("义务教育适龄：8月31日时年龄 6–14 周岁"));
    }
}
