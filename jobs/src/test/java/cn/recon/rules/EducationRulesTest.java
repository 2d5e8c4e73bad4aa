package cn.recon.rules;

import static cn.recon.rules.FlagCode.DROPOUT;
import static cn.recon.rules.FlagCode.HUKOU_CANCELLED;
import static cn.recon.rules.FlagCode.OUT_OF_SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Quarter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** OUT_OF_SCHOOL and DROPOUT at their boundaries; 2026Q3: reference 2026-09-30, cut-off 2026-08-31. */
class EducationRulesTest {

    @Test
    void sixOnTheCutOffDayIsOfCompulsoryAgeButFiveIsNot() {
        Kid augustBirthday = Kid.born("2020-08-31");
        augustBirthday.hukou();
        ChildResult r = augustBirthday.evaluate();
        assertThat(r.compulsoryAge()).isTrue();
        assertThat(r.flags()).extracting(Flag::code).containsExactly(OUT_OF_SCHOOL);
        assertThat(r.flags().get(0).detail()).isEqualTo("2026年8月31日满6周岁，无学籍记录");
        assertThat(r.flags().get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(r.flags().get(0).agency()).isEqualTo("教育部门");

        Kid septemberBirthday = Kid.born("2020-09-01");
        septemberBirthday.hukou();
        assertThat(septemberBirthday.evaluate().compulsoryAge()).isFalse();
        assertThat(septemberBirthday.codes()).isEmpty();
    }

    @Test
    void fourteenOnTheCutOffDayIsOfCompulsoryAgeButFifteenIsNot() {
        Kid fourteen = Kid.born("2011-09-01");
        fourteen.hukou();
        assertThat(fourteen.codes()).containsExactly(OUT_OF_SCHOOL);

        Kid fifteen = Kid.born("2011-08-31");
        fifteen.hukou();
        assertThat(fifteen.codes()).isEmpty();
        assertThat(fifteen.evaluate().age()).isEqualTo(15);
    }

    @Test
    void theCutOffIsTheThirtyFirstOfAugustBeforeTheSchoolYearOfTheReferenceDate() {
        // 2026Q2: reference 2026-06-30 lies in the school year 2025/26, cut-off 2025-08-31: this child was 5 then
        Kid kid = Kid.born("2019-09-01");
        kid.hukou();
        assertThat(kid.evaluate(new Quarter(2026, 2), true).compulsoryAge()).isFalse();
        assertThat(kid.evaluate(Kid.Q3, true).compulsoryAge()).isTrue();
    }

    @Test
    void theBirthDateComesFromAValidIdThenHukouThenSchoolThenRoster() {
        Kid kid = Kid.born("2016-05-05");
        kid.hukou().birth = LocalDate.parse("2015-01-01");
        assertThat(kid.evaluate().birthDate()).isEqualTo("2016-05-05");

        Kid noValidId = Kid.born("2016-05-05");
        Kid.H h = noValidId.hukou();
        h.problem = "BAD_CHECK";
        h.birth = LocalDate.parse("2015-01-01");
        noValidId.school("在读").temporary("J").birth = LocalDate.parse("2014-01-01");
        assertThat(noValidId.evaluate().birthDate()).isEqualTo("2015-01-01");

        Kid schoolAndRoster = Kid.born("2016-05-05");
        schoolAndRoster.school("在读").temporary("L").birth = LocalDate.parse("2014-01-01");
        Kid.R r = schoolAndRoster.roster();
        r.id = null;
        r.birth = LocalDate.parse("2013-01-01");
        ChildResult result = schoolAndRoster.evaluate();
        assertThat(result.birthDate()).isEqualTo("2014-01-01");
        assertThat(result.age()).isEqualTo(12);
    }

    @Test
    void outOfSchoolNeedsALiveLocalHukouOrAnActiveRosterRecord() {
        Kid exitedOnly = Kid.born("2016-05-05");
        exitedOnly.roster().exited("2026-03-01");
        assertThat(exitedOnly.codes()).doesNotContain(OUT_OF_SCHOOL);

        Kid onRoster = Kid.born("2016-05-05");
        onRoster.roster();
        assertThat(onRoster.codes()).contains(OUT_OF_SCHOOL);
    }

    @Test
    void aSchoolRecordInAnyStatusIsNotOutOfSchool() {
        Kid graduated = Kid.born("2016-05-05");
        graduated.hukou();
        graduated.school("毕业");
        assertThat(graduated.codes()).isEmpty();
    }

    @Test
    void sentToHomeTuitionIsInSchool() {
        Kid kid = Kid.born("2016-05-05");
        kid.hukou();
        kid.school("送教上门");
        assertThat(kid.codes()).isEmpty();
    }

    @Test
    void aDropoutIsFlaggedAndBecomesAKeyChild() {
        Kid kid = Kid.born("2014-03-03");
        kid.hukou();
        kid.school("辍学").statusDate = LocalDate.parse("2026-04-10");
        ChildResult r = kid.evaluate();
        assertThat(r.flags()).extracting(Flag::code).containsExactly(DROPOUT);
        assertThat(r.flags().get(0).detail()).isEqualTo("2026年8月31日满12周岁，学籍状态辍学（2026-04-10，城关小学）");
        assertThat(r.keyChild()).isTrue();
    }

    @Test
    void aTransferOutIsADropoutOnlyWithoutATransferIn() {
        Kid without = Kid.born("2014-03-03");
        without.hukou();
        without.school("转出");
        assertThat(without.codes()).containsExactly(DROPOUT);
        assertThat(without.evaluate().flags().get(0).detail()).endsWith("学籍状态转出（城关小学），无转入学籍");

        Kid with = Kid.born("2014-03-03");
        with.hukou();
        with.school("转出");
        with.school("在读").schoolName = "新城小学";
        assertThat(with.codes()).isEmpty();
    }

    @Test
    void aChildWhoseOnlySchoolStatusIsDeathIsExempt() {
        Kid kid = Kid.born("2014-03-03");
        kid.hukou();
        kid.school("死亡");
        assertThat(kid.codes()).isEmpty();
    }

    @Test
    void hukouCancelledOnTheReferenceDateExemptsButTheDayAfterDoesNot() {
        Kid onTheDay = Kid.born("2016-05-05");
        onTheDay.hukou().status("迁出注销", "2026-09-30");
        assertThat(onTheDay.codes()).isEmpty();

        Kid dayAfter = Kid.born("2016-05-05");
        dayAfter.hukou().status("迁出注销", "2026-10-01");
        assertThat(dayAfter.codes()).containsExactly(OUT_OF_SCHOOL).doesNotContain(HUKOU_CANCELLED);
    }
}
