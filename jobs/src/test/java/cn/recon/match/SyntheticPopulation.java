package cn.recon.match;

import cn.recon.person.IdNumber;
import cn.recon.person.Sex;
import cn.recon.source.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic children and their 户籍, 学籍 and roster records with the damage of real extracts, for tests and the
 * benchmark (the project's generator writes files; this one builds {@link MatchRecord}s in memory, with the truth).
 * Families with siblings (often one character apart) and twins; Dai counties where 岩温 and 玉罕 repeat dozens of
 * times per township; children without 户籍 on J/L numbers; students from other provinces; migrants; roster rows with
 * blank, mistyped, transposed, truncated, guardian's and 15-digit IDs; homophone and one-character name errors; birth
 * dates off by a day, day/month swapped, one digit wrong or blank; duplicate roster rows. Deterministic for a seed.
 */
final class SyntheticPopulation {

    record Population(List<MatchRecord> records, int[] truth, int children) {
    }

    static final LocalDate CUT_OFF = LocalDate.of(2026, 8, 31);
    private final SplittableRandom r;
    private final Map<String, String> strings = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final List<MatchRecord> records = new ArrayList<>();
    private final List<Integer> truth = new ArrayList<>();
    private final Places places;
    private int child;
    private int rosterSeq;

    private SyntheticPopulation(int children, long seed) {
        r = new SplittableRandom(seed);
        places = new Places(Math.max(1, children / 40_000), r);
    }

    static Population generate(int children, long seed) {
        SyntheticPopulation p = new SyntheticPopulation(children, seed);
        while (p.child < children) {
            p.family();
        }
        int[] t = p.truth.stream().mapToInt(Integer::intValue).toArray();
        return new Population(List.copyOf(p.records), t, p.child);
    }

    private void family() {
        int county = r.nextInt(places.counties());
        boolean dai = r.nextDouble() < (county % 3 == 0 ? 0.7 : 0.05);
        int twp = r.nextInt(Places.TOWNSHIPS), vil = r.nextInt(Places.VILLAGES);
        if (r.nextDouble() < 0.02) {
            outOfProvinceStudent();
            return;
        }
        Names.Family fam = Names.family(r, dai);
        int kids = r.nextDouble() < 0.55 ? 1 : r.nextDouble() < 0.75 ? 2 : 3;
        boolean twins = kids >= 2 && r.nextDouble() < 0.06;
        LocalDate first = LocalDate.of(2008, 1, 1).plusDays(r.nextInt(6500));
        String generation = Names.givenChar(r);
        Set<String> siblings = new HashSet<>();
        for (int k = 0; k < kids; k++) {
            LocalDate birth = k == 0 || (twins && k == 1) ? first : first.plusDays(365L * k + r.nextInt(700));
            if (birth.isAfter(LocalDate.of(2025, 12, 31))) {
                break;
            }
            Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            String name;
            do {
                name = pool(fam.childName(r, sex, generation, k));
            } while (!siblings.add(name));
            child(county, twp, vil, fam, name, sex, birth);
        }
    }

    private void child(int county, int twp, int vil, Names.Family fam, String name, Sex sex, LocalDate birth) {
        int id = child++;
        boolean hukou = r.nextDouble() < 0.95;
        String area = r.nextDouble() < 0.9 ? places.countyCode(county) : "53" + (1000 + r.nextInt(3000));
        String citizenId = hukou ? newId(area, birth, sex) : null;
        int resTwp = twp, resVil = vil;
        if (r.nextDouble() < 0.05) {
            resTwp = r.nextInt(Places.TOWNSHIPS);
            resVil = r.nextInt(Places.VILLAGES);
        }
        if (hukou) {
            String idText = r.nextDouble() < 0.01 ? Damage.digit(r, citizenId) : citizenId;
            add(id, Source.HUKOU, idText, idText, Damage.name(r, name, 0.01, 0), sex, birth,
                    places.township(county, twp), places.village(county, twp, vil),
                    r.nextDouble() < 0.7 ? places.code(county, twp, vil) : null, null,
                    r.nextDouble() < 0.95 ? fam.father() : null, r.nextDouble() < 0.95 ? fam.mother() : null, false);
        }
        if (!birth.isAfter(CUT_OFF.minusYears(6)) && birth.isAfter(CUT_OFF.minusYears(16))
                && r.nextDouble() < 0.96) {
            school(id, county, twp, vil, fam, name, sex, birth, citizenId, area);
        }
        double rosterChance = hukou ? 0.12 : 0.5;
        if (r.nextDouble() < rosterChance) {
            int rows = r.nextDouble() < 0.015 ? 2 : 1;
            for (int k = 0; k < rows; k++) {
                roster(id, county, resTwp, resVil, fam, name, sex, birth, citizenId);
            }
        }
    }

    private void school(int id, int county, int twp, int vil, Names.Family fam, String name, Sex sex, LocalDate birth,
            String citizenId, String area) {
        String key;
        String idText = null;
        boolean noId = false;
        if (citizenId != null && r.nextDouble() > 0.01) {
            idText = r.nextDouble() < 0.01 ? Damage.digit(r, citizenId) : citizenId;
            key = "G" + idText;
        } else {
            noId = true;
            key = r.nextBoolean() ? "J" + newId(area, birth, sex) : "L" + area + ymd(birth) + (1000 + r.nextInt(9000));
        }
        add(id, Source.SCHOOL, key, idText, Damage.name(r, name, 0.025, 0.005), Damage.sex(r, sex, 0.005),
                Damage.birth(r, birth, 0.02), null, null, r.nextBoolean() ? places.code(county, twp, vil) : null,
                fam.guardian(r, 0.45, 0.35, 0.05), null, null, noId);
    }

    private void roster(int id, int county, int twp, int vil, Names.Family fam, String name, Sex sex, LocalDate birth,
            String citizenId) {
        String idText = citizenId == null ? null : Damage.rosterId(r, citizenId, this::adultId);
        add(id, Source.ROSTER, "R" + (100000 + rosterSeq++), idText, Damage.name(r, name, 0.04, 0.01),
                Damage.sex(r, sex, 0.01), Damage.birth(r, birth, 0.12), places.township(county, twp),
                r.nextDouble() < 0.97 ? places.village(county, twp, vil) : null,
                r.nextBoolean() ? places.code(county, twp, vil) : null, fam.guardian(r, 0.2, 0.2, 0.05), null, null,
                citizenId == null);
    }

    private void outOfProvinceStudent() {
        int id = child++;
        Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        LocalDate birth = CUT_OFF.minusYears(6).minusDays(r.nextInt(3600));
        Names.Family fam = Names.family(r, false);
        String citizenId = newId("51" + (1000 + r.nextInt(8000)), birth, sex);
        add(id, Source.SCHOOL, "G" + citizenId, citizenId, pool(fam.childName(r, sex, "", 0)), sex, birth, null,
                null, null, fam.guardian(r, 0.5, 0.4, 0.05), null, null, false);
    }

    private void add(int child, Source source, String key, String idText, String name, Sex sex, LocalDate birth,
            String township, String village, String area, String guardian, String father, String mother,
            boolean noId) {
        IdNumber id = idText == null ? null : IdNumber.parse(idText);
        records.add(new MatchRecord(source, records.size(), pool(key), id == null ? null : pool(id.normalized()),
                id != null && id.isValid(), pool(name), sex, birth, township, village, area, pool(guardian),
                pool(father), pool(mother), noId));
        truth.add(child);
    }

    String newId(String area, LocalDate birth, Sex sex) {
        while (true) {
            int seq = r.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
            String first17 = area + ymd(birth) + String.format("%03d", seq);
            String id = first17 + IdNumber.checkCharacter(first17);
            if (usedIds.add(id)) {
                return id;
            }
        }
    }

    private String adultId() {
        return newId("53" + (1000 + r.nextInt(3000)), LocalDate.of(1970 + r.nextInt(25), 1 + r.nextInt(12),
                1 + r.nextInt(28)), r.nextBoolean() ? Sex.MALE : Sex.FEMALE);
    }

    static String ymd(LocalDate d) {
        return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private String pool(String s) {
        return s == null ? null : strings.computeIfAbsent(s, k -> k);
    }

    /** Counties, townships and villages with generated names and codes. */
    static final class Places {
        static final int TOWNSHIPS = 12, VILLAGES = 12;
        private static final String CHARS = "勐曼景那允班南大新中东西上下河山坝田嘎洪龙岗橄腊纳版象仑罕满养贺拉";
        private final String[][] townships;
        private final String[][][] villages;

        Places(int counties, SplittableRandom r) {
            townships = new String[counties][TOWNSHIPS];
            villages = new String[counties][TOWNSHIPS][VILLAGES];
            for (int c = 0; c < counties; c++) {
                for (int t = 0; t < TOWNSHIPS; t++) {
                    townships[c][t] = word(r, 2) + (r.nextBoolean() ? "镇" : "乡");
                    for (int v = 0; v < VILLAGES; v++) {
                        villages[c][t][v] = word(r, 2) + (r.nextBoolean() ? "村委会" : "村");
                    }
                }
            }
        }

        int counties() {
            return townships.length;
        }

        String countyCode(int c) {
            return String.valueOf(532801 + c);
        }

        String township(int c, int t) {
            return townships[c][t];
        }

        String village(int c, int t, int v) {
            return villages[c][t][v];
        }

        String code(int c, int t, int v) {
            return countyCode(c) + String.format("%03d%03d", 100 + t, 200 + v);
        }

        private static String word(SplittableRandom r, int len) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
            }
            return sb.toString();
        }
    }
}
