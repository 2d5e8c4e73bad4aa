package cn.recon.rules;

import static cn.recon.rules.FlagCode.HUKOU_CANCELLED;
import static cn.recon.rules.FlagCode.HUKOU_ELSEWHERE;
import static cn.recon.rules.FlagCode.INVALID_ID;
import static cn.recon.rules.FlagCode.UNREGISTERED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** UNREGISTERED, HUKOU_ELSEWHERE and HUKOU_CANCELLED. Children aged 17 here, so the education rules stay quiet. */
class RegistrationRulesTest {

    private static final String BORN = "2009-05-05";

    @Test
    void aChildWithOnlyATemporaryStudentNumberIsUnregisteredAndAKeyChild() {
        for (String letter : List.of("J", "L")) {
            Kid kid = Kid.born(BORN);
            kid.school("在读").temporary(letter);
            ChildResult r = kid.evaluate();
            assertThat(r.flags()).extracting(Flag::code).containsExactly(UNREGISTERED);
            Flag f = r.flags().get(0);
            assertThat(f.detail()).isEqualTo("本县户籍无此人，学籍号为临时号（J/L）且各来源均无身份证号");
            assertThat(f.agency()).isEqualTo("公安机关");
            assertThat(r.keyChild()).isTrue();
        }
    }

    @Test
    void aFinishedSchoolRecordAloneDoesNotMakeAChildUnregistered() {
        Kid kid = Kid.born(BORN);
        kid.school("毕业").temporary("J");
        assertThat(kid.codes()).isEmpty();
    }

    @Test
    void theRosterSayingNoHukouMakesAChildUnregisteredEvenWithAnId() {
        Kid kid = Kid.born(BORN);
        kid.roster().hukouRegistered = false;
        kid.visit("2026-07-03", "入户走访").visit("2026-08-03", "入户走访").visit("2026-09-03", "入户走访");
        ChildResult r = kid.evaluate();
        assertThat(r.flags()).extracting(Flag::code).contains(UNREGISTERED);
        assertThat(r.flags().get(0).detail()).isEqualTo("本县户籍无此人，民政名册登记为未登记户口");
    }

    @Test
    void aValidIdWithoutLocalHukouIsHukouElsewhereForInformation() {
        Kid kid = Kid.born(BORN);
        kid.school("在读");
        ChildResult r = kid.evaluate();
        assertThat(r.flags()).extracting(Flag::code).containsExactly(HUKOU_ELSEWHERE);
        assertThat(r.flags().get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(r.keyChild()).isFalse();
    }

    @Test
    void theHukouExtractHoldsNoOneOfEighteenSoTheirMissingRecordIsNoSignOfUnregistered() {
        // 18 on the reference date (30 September 2026): not in the 户籍 extract (FORMATS.md: residents under 18)
        Kid adult = onTheRosterWithoutId("2008-09-30");
        assertThat(adult.codes()).contains(FlagCode.AGED_OUT).doesNotContain(UNREGISTERED, HUKOU_ELSEWHERE);
        adult.firstRoster().hukouRegistered = false;
        assertThat(adult.codes()).contains(UNREGISTERED);
        // a day younger: 17, in the extract's scope, so no record and no ID anywhere is 无户籍
        assertThat(onTheRosterWithoutId("2008-10-01").codes()).contains(UNREGISTERED);

        Kid withId = Kid.born("2008-09-30");
        withId.school("在读");
        assertThat(withId.codes()).doesNotContain(HUKOU_ELSEWHERE);
    }

    private static Kid onTheRosterWithoutId(String born) {
        Kid kid = Kid.born(born);
        kid.roster().id = null;
        kid.visit("2026-07-03", "入户走访").visit("2026-08-03", "入户走访").visit("2026-09-03", "入户走访");
        return kid;
    }

    @Test
    void aMistypedIdIsNeitherUnregisteredNorElsewhere() {
        Kid kid = Kid.born(BORN);
        kid.school("在读").problem = "BAD_CHECK";
        assertThat(kid.codes()).containsExactly(INVALID_ID);
    }

    @Test
    void aLocalHukouRecordIsNeverUnregistered() {
        Kid kid = Kid.born(BORN);
        kid.hukou();
        kid.school("在读").temporary("L");
        assertThat(kid.codes()).isEmpty();
    }

    @Test
    void hukouCancelledWhileEnrolledOrOnTheRoster() {
        Kid enrolled = Kid.born(BORN);
        enrolled.hukou().status("死亡注销", "2026-09-30");
        enrolled.school("在读");
        ChildResult r = enrolled.evaluate();
        assertThat(r.flags()).extracting(Flag::code).containsExactly(HUKOU_CANCELLED);
        assertThat(r.flags().get(0).detail()).isEqualTo("户籍状态死亡注销（2026-09-30），但学籍状态在读");
        assertThat(r.flags().get(0).agency()).isEqualTo("民政部门");

        Kid onRoster = Kid.born(BORN);
        onRoster.hukou().status("迁出注销", null);
        Kid.R record = onRoster.roster();
        record.lastVisit = java.time.LocalDate.parse("2026-09-15");
        record.categories = "困境儿童";
        ChildResult cancelled = onRoster.evaluate(Kid.Q3, false);
        assertThat(cancelled.flags()).extracting(Flag::code).containsExactly(HUKOU_CANCELLED);
        assertThat(cancelled.flags().get(0).detail()).isEqualTo("户籍状态迁出注销，但民政名册在册");
    }

    @Test
    void aCancellationTheDayAfterTheReferenceDateDoesNotCount() {
        Kid kid = Kid.born(BORN);
        kid.hukou().status("死亡注销", "2026-10-01");
        kid.school("在读");
        assertThat(kid.codes()).isEmpty();
    }

    @Test
    void aCancelledHukouOfAChildNoLongerEnrolledIsNotFlagged() {
        Kid kid = Kid.born(BORN);
        kid.hukou().status("出国(境)注销", "2026-02-01");
        kid.school("毕业");
        kid.roster().exited("2026-03-01");
        assertThat(kid.codes()).isEmpty();
    }
}
