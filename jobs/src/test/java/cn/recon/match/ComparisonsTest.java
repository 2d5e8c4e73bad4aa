package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.PersonName;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Field comparators, place stems and pinyin. */
class ComparisonsTest {

    private static int ymd(int y, int m, int d) {
        return y * 10000 + m * 100 + d;
    }

    @Test
    void birthDateLevels() {
        assertThat(Comparisons.birthLevel(ymd(2015, 3, 4), ymd(2015, 3, 4))).isEqualTo(Field.BIRTH_EXACT);
        assertThat(Comparisons.birthLevel(ymd(2015, 3, 31), ymd(2015, 4, 1))).isEqualTo(Field.BIRTH_ONE_DAY);
        assertThat(Comparisons.birthLevel(ymd(2015, 12, 31), ymd(2016, 1, 1))).isEqualTo(Field.BIRTH_ONE_DAY);
        assertThat(Comparisons.birthLevel(ymd(2015, 3, 4), ymd(2015, 4, 3))).isEqualTo(Field.BIRTH_SWAP);
        assertThat(Comparisons.birthLevel(ymd(2015, 3, 4), ymd(2016, 3, 4))).isEqualTo(Field.BIRTH_ONE_DIGIT);
        assertThat(Comparisons.birthLevel(ymd(2015, 3, 4), ymd(2015, 3, 27))).isEqualTo(Field.BIRTH_YEAR_MONTH);
        assertThat(Comparisons.birthLevel(ymd(2015, 3, 4), ymd(2015, 8, 19))).isEqualTo(Field.BIRTH_DIFFERENT);
        assertThat(Comparisons.birthLevel(ymd(2015, 3, 4), ymd(2014, 2, 1))).isEqualTo(Field.BIRTH_DIFFERENT);
        assertThat(Comparisons.birthLevel(ymd(2015, 3, 4), ymd(2014, 1, 27))).isEqualTo(Field.BIRTH_YEARS_APART);
        assertThat(Comparisons.birthLevel(ymd(2015, 3, 4), ymd(2012, 7, 19))).isEqualTo(Field.BIRTH_YEARS_APART);
        assertThat(Comparisons.birthLevel(ymd(2020, 3, 22), ymd(2026, 4, 12))).isEqualTo(Field.BIRTH_YEARS_APART);
        // a slip in one digit of the year stays a slip, however far apart it puts the dates
        assertThat(Comparisons.birthLevel(ymd(2016, 3, 22), ymd(2018, 3, 22))).isEqualTo(Field.BIRTH_ONE_DIGIT);
        assertThat(Comparisons.birthLevel(0, ymd(2012, 7, 19))).isEqualTo(Field.MISSING);
    }

    @Test
    void epochDaysAgreeWithJavaTime() {
        for (LocalDate d = LocalDate.of(1999, 12, 25); d.isBefore(LocalDate.of(2001, 3, 5)); d = d.plusDays(1)) {
            assertThat(Dates.epochDay(ymd(d.getYear(), d.getMonthValue(), d.getDayOfMonth())))
                    .isEqualTo((int) d.toEpochDay());
        }
        assertThat(Dates.epochDay(ymd(2015, 2, 29))).isEqualTo(Integer.MIN_VALUE);
        assertThat(Dates.epochDay(ymd(2015, 13, 1))).isEqualTo(Integer.MIN_VALUE);
    }

    /** Every day from 1800 to 2200 and the non-dates around them, against java.time. */
    @Test
    void datesAsDecimalDigitsGiveTheSameDaysAsJavaTime() {
        for (LocalDate d = LocalDate.of(1800, 1, 1); d.getYear() <= 2200; d = d.plusDays(1)) {
            int ymd = ymd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            int bcd = Dates.bcd(ymd);
            assertThat(Dates.ymdOfBcd(bcd)).isEqualTo(ymd);
            assertThat(Dates.epochDayOfBcd(bcd)).as("%d", ymd).isEqualTo((int) d.toEpochDay());
        }
        assertThat(Dates.bcd(ymd(2015, 3, 4))).isEqualTo(0x20150304);
        for (int notADate : new int[] {ymd(2015, 2, 29), ymd(2100, 2, 29), ymd(2015, 13, 1), ymd(2015, 4, 31),
            ymd(2015, 0, 10), ymd(2015, 6, 0), ymd(1799, 12, 31), ymd(2201, 1, 1), 99_999_999}) {
            assertThat(Dates.epochDayOfBcd(Dates.bcd(notADate))).as("%d", notADate).isEqualTo(Integer.MIN_VALUE);
            assertThat(Dates.epochDay(notADate)).isEqualTo(Integer.MIN_VALUE);
        }
        assertThat(Dates.epochDayOfBcd(Dates.bcd(ymd(2000, 2, 29)))).isEqualTo(Dates.epochDay(ymd(2000, 2, 29)));
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int k = 0; k < 100_000; k++) {
            int a = r.nextInt(100_000_000), b = r.nextBoolean() ? r.nextInt(100_000_000) : a ^ (1 << r.nextInt(27));
            b = Math.min(b, 99_999_999);
            String sa = String.format("%08d", a), sb = String.format("%08d", b);
            int differ = 0;
            for (int c = 0; c < 8; c++) {
                differ += sa.charAt(c) != sb.charAt(c) ? 1 : 0;
            }
            assertThat(Dates.differingDigits(Dates.bcd(a), Dates.bcd(b))).as("%s %s", sa, sb).isEqualTo(differ);
        }
    }

    @Test
    void oneEditCoversSubstitutionTranspositionInsertionAndDeletion() {
        String id = "11010519491231002X";
        assertThat(Comparisons.withinOneEdit(id, "11010519491231007X")).isTrue();
        assertThat(Comparisons.withinOneEdit(id, "11001519491231002X")).isTrue();
        assertThat(Comparisons.withinOneEdit(id, "1101051949123102X")).isTrue();
        assertThat(Comparisons.withinOneEdit(id, "110105194912310022X")).isTrue();
        assertThat(Comparisons.withinOneEdit(id, "11010519491231070X")).isFalse();
        assertThat(Comparisons.withinOneEdit(id, "01110519491231002X")).isFalse();
        assertThat(Comparisons.withinOneEdit("张伟", "张玮")).isTrue();
        assertThat(Comparisons.withinOneEdit("张伟", "李玮")).isFalse();
    }

    /** Every pair of texts of up to four letters over a three-letter alphabet: 121 texts, 14,641 pairs. */
    @Test
    void packedNamesAgreeWithTheTextCheckOnEveryShortPair() {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(""));
        for (int from = 0, len = 1; len <= 4; len++) {
            int to = texts.size();
            for (int k = from; k < to; k++) {
                for (char c : "岩温a".toCharArray()) {
                    texts.add(texts.get(k) + c);
                }
            }
            from = to;
        }
        assertThat(texts).hasSize(121);
        int oneEdit = 0;
        for (String a : texts) {
            for (String b : texts) {
                boolean expected = Comparisons.withinOneEdit(a, b);
                assertThat(Comparisons.withinOneEdit(Comparisons.pack(a), Comparisons.pack(b)))
                        .as("%s / %s", a, b).isEqualTo(expected);
                oneEdit += expected ? 1 : 0;
            }
        }
        assertThat(oneEdit).isBetween(1000, 14641 - 1000);
        assertThat(Comparisons.withinOneEdit(Comparisons.pack("张伟"), Comparisons.pack("伟张"))).isTrue();
        assertThat(Comparisons.withinOneEdit(Comparisons.pack("欧阳娜娜"), Comparisons.pack("欧阳娜"))).isTrue();
        assertThat(Comparisons.withinOneEdit(Comparisons.pack("张伟"), Comparisons.pack("李玮"))).isFalse();
        assertThat(Comparisons.pack("阿依古丽娜")).isEqualTo(Comparisons.UNPACKED);
        assertThat(Comparisons.pack("a\uFFFF")).isEqualTo(Comparisons.UNPACKED);
    }

    @Test
    void aGuardiansIdIsNotTakenForTheChilds() {
        assertThat(RecordTable.idFitsBirth("34052419800101001X", ymd(2015, 6, 1), 400)).isFalse();
        assertThat(RecordTable.idFitsBirth("532801201506010011", ymd(2015, 6, 1), 400)).isTrue();
        // a slip in the ID's own birth date part (one digit; or no date at all) keeps it
        assertThat(RecordTable.idFitsBirth("532801201606010011", ymd(2015, 6, 1), 400)).isTrue();
        assertThat(RecordTable.idFitsBirth("532801201560010011", ymd(2015, 6, 1), 400)).isTrue();
        // two adjacent digits of the birth part swapped: 2104-04-11 typed for 2014-04-11 (a real date, 90 years off)
        assertThat(RecordTable.idFitsBirth("532823210404110375", ymd(2014, 4, 11), 400)).isTrue();
        assertThat(RecordTable.idFitsBirth("532823201404110375", ymd(2014, 4, 11), 400)).isTrue();
        assertThat(RecordTable.idFitsBirth("532823198404110375", ymd(2014, 4, 11), 400)).isFalse();
    }

    @Test
    void placeStemsIgnoreTheClerksSuffix() {
        assertThat(Places.township("勐仑镇")).isEqualTo(Places.township("勐仑"));
        assertThat(Places.village("曼掌村委会")).isEqualTo(Places.village("曼掌村"));
        assertThat(Places.village("壬村委会")).isEqualTo(Places.village("壬村")).isEqualTo("壬村");
        assertThat(Places.village("新村")).isNotEqualTo(Places.village("新社区"));
    }

    @Test
    void pinyinPerCharacterAgreesWithPersonName() {
        for (String name : new String[] {"张伟", "单明", "岩温", "玉罕", "欧阳娜娜", "李梓晗", "刘德华", "曾国藩", "区志强"}) {
            assertThat(Pinyin.of(name)).isEqualTo(PersonName.pinyin(name));
        }
        assertThat(Pinyin.of("张伟")).isEqualTo(Pinyin.of("张玮"));
        assertThat(Pinyin.of("岩温")).isEqualTo(Pinyin.of("岩文"));
    }

    /** A roster row whose guardian's ID is {@code guardianId}, with a blank ID of its own. */
    private static MatchRecord withGuardian(int index, String guardianId) {
        return new MatchRecord(cn.recon.source.Source.ROSTER, index, "R" + index, null, false, "岩温",
                cn.recon.person.Sex.MALE, LocalDate.of(2015, 3, 4), "勐养镇", "曼典村", null, "玉香", null, null,
                false, guardianId, null, null);
    }

    @Test
    void parentIdsAreSharedExactlyWhenTheirTextsAreEqual() {
        String[] ids = {"53280119850101001X", "532801198501010011", "532801850101001", "532801850101002",
                "53280119850101001A", "5328011985010100AX", "53280119850101001x", "532801198501010", null, "5328"};
        java.util.List<MatchRecord> records = new java.util.ArrayList<>();
        for (int k = 0; k < ids.length; k++) {
            records.add(withGuardian(2 * k, ids[k]));
            records.add(withGuardian(2 * k + 1, ids[k]));
        }
        RecordTable t = new RecordTable(records, 400);
        for (int a = 0; a < records.size(); a++) {
            for (int b = 0; b < records.size(); b++) {
                String x = ids[a / 2], y = ids[b / 2];
                boolean comparable = x != null && (x.length() == 15 || x.length() == 18);
                assertThat(Comparisons.shareParentId(t, a, b)).as(x + " / " + y)
                        .isEqualTo(comparable && x.equals(y));
            }
        }
    }
}
