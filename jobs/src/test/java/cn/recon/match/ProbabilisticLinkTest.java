package cn.recon.match;

import static cn.recon.match.Scenario.together;
import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Sex;
import cn.recon.source.Source;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The probabilistic pass on the cases the issue names. */
class ProbabilisticLinkTest {

    @Test
    void twinsWithTheSameBirthDateAndParentsStayApart() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2014, 4, 4);
        String idA = Scenario.id("532801", born, 11), idB = Scenario.id("532801", born, 13);
        int hA = s.hukou(idA, "张浩然", Sex.MALE, born, "测试镇", "乙村", "张建国", "李秀英");
        int hB = s.hukou(idB, "张浩宇", Sex.MALE, born, "测试镇", "乙村", "张建国", "李秀英");
        int rA = s.roster("RT-10", null, "张浩然", Sex.MALE, born, "测试镇", "乙村", "张建国", true);
        int sB = s.school("G" + idB.substring(0, 9) + "9" + idB.substring(10), "张浩宇", Sex.MALE, born, null,
                "李秀英");
        // twins known only to the roster, without IDs: same birth date, guardian and village, one character apart
        LocalDate born2 = LocalDate.of(2017, 8, 8);
        int t1 = s.roster("RT-11", null, "王梓涵", Sex.FEMALE, born2, "测试镇", "乙村", "王强", false);
        int t2 = s.roster("RT-12", null, "王梓萱", Sex.FEMALE, born2, "测试镇", "乙村", "王强", false);
        MatchResult result = s.run();
        assertThat(together(result, hA, hB)).isFalse();
        assertThat(together(result, rA, hA)).isTrue();
        assertThat(together(result, sB, hB)).isTrue();
        assertThat(together(result, t1, t2)).isFalse();
    }

    @Test
    void aRosterRowWithAOneDigitIdTypoLinksToItsHukouRecord() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2013, 10, 9);
        String id = Scenario.id("532801", born, 45);
        int h = s.hukou(id, "杨雨涵", Sex.FEMALE, born, "测试镇", "丁村", "杨军", "何静");
        String typo = id.substring(0, 15) + (char) ('0' + (id.charAt(15) - '0' + 3) % 10) + id.substring(16);
        int r = s.roster("RT-20", typo, "杨雨涵", Sex.FEMALE, born, "测试镇", "丁村", "杨老汉", true);
        String swapped = id.substring(0, 10) + id.charAt(11) + id.charAt(10) + id.substring(12);
        int r2 = s.roster("RT-21", swapped, "杨雨晗", Sex.FEMALE, born, "测试镇", null, "何静", true);
        MatchResult result = s.run();
        assertThat(s.records().get(r).idValid()).isFalse();
        assertThat(together(result, h, r)).isTrue();
        RecordLink link = result.links().get(r);
        assertThat(link.method()).isEqualTo(LinkMethod.PROBABILISTIC);
        assertThat(link.score()).isGreaterThan(0.99);
        assertThat(link.evidence()).extracting(FieldEvidence::level).contains("EDIT1");
        assertThat(together(result, h, r2)).isTrue();
    }

    /**
     * A mistyped digit of the birth date inside a G number's ID, and the 学籍 birth date with day and month swapped: no
     * blocking rule on names or dates meets the two records, and the two ID rules that did (characters 1–14 and
     * 7–18) both contain the mistyped digit; the rules on the ID without its month and day, or without its year, do.
     * A mistyped year, which 学籍 carries into the birth date, with the name typed differently too, is met as well.
     */
    @Test
    void aStudentWhoseIdHasABirthDateDigitMistypedLinksToItsHukouRecord() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2016, 8, 12);
        LocalDate swapped = LocalDate.of(2016, 12, 8);
        String id = Scenario.id("532823", born, 96);
        int h = s.hukou(id, "玉应", Sex.FEMALE, born, "测试镇", "曼种村", "岩温腊", "玉应囡");
        // 20160812 → 20160012: month 00, so the ID is invalid (a bad date)
        int month = s.school("G" + id.substring(0, 11) + "0" + id.substring(12), "玉应", Sex.FEMALE, swapped, null,
                "岩温腊");
        LocalDate born2 = LocalDate.of(2015, 3, 7);
        String id2 = Scenario.id("532823", born2, 41);
        int h2 = s.hukou(id2, "岩罕", Sex.MALE, born2, "测试镇", "曼种村", "岩温", "玉香");
        // 2015 → 2013 in the ID and in the birth date 学籍 derives from it, and the name typed with another character
        int year = s.school("G" + id2.substring(0, 9) + "3" + id2.substring(10), "岩坎", Sex.MALE,
                LocalDate.of(2013, 3, 7), null, "岩温");
        MatchResult result = s.run();
        assertThat(together(result, h, month)).isTrue();
        assertThat(result.links().get(month).evidence()).extracting(FieldEvidence::level).contains("EDIT1");
        // the evidence is weaker (another name, a birth date one digit off): the pair's prior alone leaves it under
        // the threshold, but neither record has a counterpart in the other's source, so the one-to-one prior links it
        assertThat(together(result, h2, year)).isTrue();
        assertThat(result.links().get(year).evidence()).extracting(FieldEvidence::field).contains("one_to_one");
    }

    @Test
    void anLNumberStudentWithoutHukouIsAChildOfItsOwnJoinedByItsRosterRow() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2015, 7, 3);
        int l = s.school("L53280120150703" + "4567", "陈思琪", Sex.FEMALE, born, null, "陈大勇");
        int r = s.roster("RT-30", null, "陈思琪", Sex.FEMALE, born, "测试镇", "戊村", "陈大勇", false);
        LocalDate other = LocalDate.of(2012, 1, 15);
        int namesake = s.hukou(Scenario.id("532801", other, 62), "陈思琪", Sex.FEMALE, other, "测试镇", "戊村", "陈勇",
                "刘芳");
        MatchResult result = s.run();
        assertThat(together(result, l, r)).isTrue();
        assertThat(together(result, l, namesake)).isFalse();
        String child = Scenario.child(result, l);
        for (int i = 0; i < s.records().size(); i++) {
            if (Scenario.child(result, i).equals(child)) {
                assertThat(s.records().get(i).source()).isNotEqualTo(Source.HUKOU);
            }
        }
        assertThat(result.links().get(l).method()).isEqualTo(LinkMethod.PROBABILISTIC);
    }

    /**
     * Two girls of one name, born the same day in one village. The roster row (no ID) gives the village, which both
     * 户籍 records share, and a guardian whom only the first girl's 学籍 record names. Pair by pair the row fits the
     * second girl's 户籍 record as well as the first girl's; child by child it fits the first girl.
     */
    @Test
    void aRosterRowJoinsTheNamesakeWhoseRecordsTogetherFitIt() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2015, 9, 16);
        String idA = Scenario.id("532823", born, 68), idB = Scenario.id("532823", born, 64);
        int hA = s.hukou(idA, "玉坎", Sex.FEMALE, born, "测试镇", "补蚌村", "岩光", "玉罕");
        // 学籍 wrote the name with a homophone (侃 for 坎), so that pair alone scores lower than the namesake's
        int sA = s.school("G" + idA, "玉侃", Sex.FEMALE, born, null, "岩温");
        int hB = s.hukou(idB, "玉坎", Sex.FEMALE, born, "测试镇", "补蚌村", "岩香", "玉应丙");
        int r = s.roster("RT-80", null, "玉坎", Sex.FEMALE, born, "测试镇", "补蚌村", "岩温", true);
        MatchResult result = s.run();
        assertThat(together(result, hA, sA)).isTrue();
        assertThat(together(result, hA, hB)).isFalse();
        assertThat(together(result, r, hA)).isTrue();
    }

    /**
     * An L number carries the birth date it was given with (L + area + birth date + 4 digits); 学籍's birth date field
     * was mistyped since (year, month and day all differ). The roster row of the child, without an ID, has the right
     * date: it meets the student through the number's date, and links.
     */
    @Test
    void anLNumberStudentWhoseBirthDateWasMistypedMeetsItsRosterRowThroughTheNumbersDate() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2017, 12, 22);
        int l = s.school("L53282320171222" + "0014", "杜妍敏", Sex.FEMALE, LocalDate.of(2018, 1, 1), null, "谢妍");
        int r = s.roster("RT-90", null, "杜妍敏", Sex.FEMALE, born, "测试镇", "大卡村", "谢妍", false);
        MatchResult result = s.run();
        assertThat(together(result, l, r)).isTrue();
        assertThat(result.links().get(r).evidence()).extracting(FieldEvidence::toString)
                .anyMatch(e -> e.startsWith("birth_date=EXACT"));
    }

    /**
     * A roster row without ID, its twin sister's row (another name, the same guardian, an ID) beside it. The twin
     * scores high on the row (birth date, village, guardian), but another name on the same birth date is a pair the
     * name rule never links, so she does not make the row's 户籍 record ambiguous.
     */
    @Test
    void aTwinOfAnotherNameDoesNotMakeTheRowsOwnHukouRecordAmbiguous() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2024, 12, 18);
        int h = s.hukou(Scenario.id("532823", born, 82), "玉罕坎", Sex.FEMALE, born, "测试镇", "回落村", "岩腊", "玉温");
        int r = s.roster("RT-95", null, "玉罕坎", Sex.FEMALE, born, "测试镇", "回落村", "玉应香", true);
        int twin = s.roster("RT-96", Scenario.id("532823", born, 84), "玉南", Sex.FEMALE, born, "测试镇", "回落村",
                "玉应香", true);
        MatchResult result = s.run();
        assertThat(together(result, r, h)).isTrue();
        assertThat(together(result, r, twin)).isFalse();
    }

    /**
     * Two sisters of one name and one family, six years apart: the elder in 户籍, the newborn on the roster without an
     * ID (是否登记户口 = 否), her guardian the father whose ID the 户籍 record names. Name, village and family all
     * agree, and both records lack a counterpart in the other's source; only the birth dates, years apart, tell them
     * apart. They are never joined automatically. Another girl's roster row, her year mistyped (2020 for 2019, a
     * year apart, not years), joins her 户籍 record.
     */
    @Test
    void sistersOfOneNameYearsApartAreNotJoined() {
        Scenario s = new Scenario();
        LocalDate elder = LocalDate.of(2020, 3, 22);
        LocalDate newborn = LocalDate.of(2026, 4, 12);
        String father = Scenario.id("532801", LocalDate.of(1990, 5, 1), 17);
        String mother = Scenario.id("532801", LocalDate.of(1992, 6, 2), 28);
        String elderId = Scenario.id("532801", elder, 34);
        int h = s.add(new MatchRecord(Source.HUKOU, 0, elderId, elderId, true, "玉应", Sex.FEMALE, elder, "勐龙镇",
                "曼龙扣村", null, null, "岩温", "玉香", false, null, father, mother));
        int r = s.add(new MatchRecord(Source.ROSTER, 1, "RT-70", null, false, "玉应", Sex.FEMALE, newborn, "勐龙镇",
                "曼龙扣村", null, "岩温", null, null, true, father, null, null));
        LocalDate other = LocalDate.of(2019, 7, 9);
        String otherId = Scenario.id("532801", other, 44);
        String otherFather = Scenario.id("532801", LocalDate.of(1989, 2, 3), 19);
        int h2 = s.add(new MatchRecord(Source.HUKOU, 2, otherId, otherId, true, "玉坎", Sex.FEMALE, other, "勐龙镇",
                "曼龙扣村", null, null, "岩罕", "玉叫", false, null, otherFather, null));
        int r2 = s.add(new MatchRecord(Source.ROSTER, 3, "RT-71", null, false, "玉坎", Sex.FEMALE,
                LocalDate.of(2020, 7, 9), "勐龙镇", "曼龙扣村", null, "岩罕", null, null, false, otherFather, null,
                null));
        MatchResult result = s.run();
        assertThat(together(result, h, r)).isFalse();
        assertThat(together(result, h2, r2)).isTrue();
    }

    /** The rule behind the case above, on the levels alone: years apart never links without the ID digits. */
    @Test
    void birthDatesYearsApartAreLeftToADataOfficerUnlessTheIdDigitsAgree() {
        int agreeing = Field.NAME.pack(Field.NAME_EXACT) | Field.SEX.pack(Field.SEX_AGREE)
                | Field.PLACE.pack(Field.PLACE_VILLAGE) | Field.FAMILY.pack(Field.FAMILY_PARENT_ID);
        int sisters = agreeing | Field.BIRTH_DATE.pack(Field.BIRTH_YEARS_APART)
                | Field.ID.pack(Field.ID_NO_ID_CONFLICT);
        assertThat(MatchModel.autoLinkAllowed(sisters)).isFalse();
        assertThat(MatchModel.autoLinkAllowed(agreeing | Field.BIRTH_DATE.pack(Field.BIRTH_DIFFERENT)
                | Field.ID.pack(Field.ID_NO_ID_CONFLICT))).isTrue();
        assertThat(MatchModel.autoLinkAllowed(agreeing | Field.BIRTH_DATE.pack(Field.BIRTH_YEARS_APART)
                | Field.ID.pack(Field.ID_EDIT1))).isTrue();
    }

    /**
     * A G number whose ID has its year digit mistyped (2017 for 2019, which also breaks the check character), and a
     * 学籍 birth date ten days off: the ID's birth part fits neither the record's date nor is one slip from it, so the
     * ID is set aside, as a guardian's ID typed into the child's field would be. It is still one digit from the
     * child's 户籍 ID, which fits the record's date: the two records join. A roster row carrying its guardian's ID, an
     * adult's row in 户籍 with that very ID, stays apart from it.
     */
    @Test
    void aStudentWhoseIdYearAndBirthDateAreBothMistypedLinksThroughTheIdsSlip() {
        Scenario s = new Scenario();
        LocalDate born = LocalDate.of(2019, 8, 22);
        String id = Scenario.id("530923", born, 9);
        int h = s.hukou(id, "杨轩强", Sex.MALE, born, "班卡乡", "忙东村", "杨国华", "李芳");
        String slipped = id.substring(0, 9) + "7" + id.substring(10);
        int sc = s.school("G" + slipped, "杨轩强", Sex.MALE, LocalDate.of(2019, 9, 1), null, null);
        String guardian = Scenario.id("530923", LocalDate.of(1986, 3, 5), 21);
        int adult = s.hukou(guardian, "刀玉香", Sex.FEMALE, LocalDate.of(1986, 3, 5), "班卡乡", "忙东村", null, null);
        LocalDate born2 = LocalDate.of(2016, 5, 9);
        int r = s.roster("RT-80", guardian, "刀岩应", Sex.MALE, born2, "班卡乡", "忙东村", "刀玉香", true);
        MatchResult result = s.run();
        assertThat(s.records().get(sc).idValid()).isFalse();
        assertThat(together(result, h, sc)).isTrue();
        assertThat(result.links().get(sc).evidence()).extracting(FieldEvidence::level).contains("EDIT1");
        assertThat(together(result, r, adult)).isFalse();
    }

    /**
     * An unregistered boy: an L-number 学籍 record with a blank 户口所在地 (so no place of his own, only his school's
     * township), and a roster row with day and month of the birth date swapped. No rule on the date meets them, and
     * the name-and-township rule did not either, the 学籍 record having no township; it now takes the school's for
     * blocking, and the pair links on name, guardian, sex and the swapped date. The school's township is no evidence:
     * the place stays MISSING.
     */
    @Test
    void anUnregisteredStudentMeetsItsRosterRowThroughTheSchoolsTownship() {
        Scenario s = new Scenario();
        int sc = s.add(new MatchRecord(Source.SCHOOL, 0, "L530702201311010011", null, false, "陈杰林", Sex.MALE,
                LocalDate.of(2013, 11, 1), null, null, null, "陈晨洋", null, null, true, null, null, null,
                "530702102"));
        int r = s.add(new MatchRecord(Source.ROSTER, 1, "RT-90", null, false, "陈杰林", Sex.MALE,
                LocalDate.of(2013, 1, 11), "七河镇", "龙潭村", "530702102207", "陈晨洋", null, null, true,
                "530722198904010858", null, null));
        MatchResult result = s.run();
        assertThat(together(result, sc, r)).isTrue();
        assertThat(result.links().get(sc).evidence()).extracting(FieldEvidence::field, FieldEvidence::level)
                .contains(org.assertj.core.groups.Tuple.tuple("place", "MISSING"));
    }
}
