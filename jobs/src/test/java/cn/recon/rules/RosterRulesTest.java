package cn.recon.rules;

import static cn.recon.rules.FlagCode.AGED_OUT;
import static cn.recon.rules.FlagCode.LIVING_ALONE;
import static cn.recon.rules.FlagCode.NO_ENTRUSTMENT_AGREEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** AGED_OUT, LIVING_ALONE, NO_ENTRUSTMENT_AGREEMENT; roster children visited in September, evaluated without a log. */
class RosterRulesTest {

    private static ChildResult evaluate(Kid kid) {
        return kid.evaluate(Kid.Q3, false);
    }

    private static Kid child(String born, String categories) {
        Kid kid = Kid.born(born);
        kid.hukou();
        Kid.R r = kid.roster();
        r.categories = categories;
        r.lastVisit = LocalDate.parse("2026-09-10");
        return kid;
    }

    @Test
    void leftBehindChildrenAgeOutAtSixteen() {
        ChildResult sixteen = evaluate(child("2010-09-30", "农村留守儿童"));
        assertThat(sixteen.flags()).extracting(Flag::code).containsExactly(AGED_OUT);
        assertThat(sixteen.flags().get(0).detail()).isEqualTo("已满16周岁，儿童类别农村留守儿童均已超龄");
        assertThat(evaluate(child("2010-10-01", "农村留守儿童")).flags()).isEmpty();
    }

    @Test
    void otherCategoriesAgeOutAtEighteenAndOneOpenCategorySuffices() {
        assertThat(evaluate(child("2010-09-30", "农村留守儿童、困境儿童")).flags()).isEmpty();
        assertThat(evaluate(child("2008-10-01", "困境儿童")).flags()).isEmpty();
        assertThat(evaluate(child("2008-09-30", "困境儿童")).flags()).extracting(Flag::code).containsExactly(AGED_OUT);
        assertThat(evaluate(child("2008-09-30", "散居孤儿、事实无人抚养儿童")).flags()).extracting(Flag::code)
                .containsExactly(AGED_OUT);
    }

    @Test
    void anExitedChildIsNotAgedOut() {
        Kid exited = child("2005-01-01", "困境儿童");
        exited.firstRoster().exited("2026-06-30");
        assertThat(evaluate(exited).flags()).isEmpty();
    }

    @Test
    void aChildUnderSixteenWithoutGuardianIsReportedWithHighSeverity() {
        Kid fifteen = child("2010-10-01", "农村留守儿童");
        fifteen.firstRoster().guardianship = "无人监护";
        ChildResult r = evaluate(fifteen);
        assertThat(r.flags()).extracting(Flag::code).containsExactly(LIVING_ALONE);
        assertThat(r.flags().get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(r.flags().get(0).agency()).isEqualTo("公安机关、民政部门");
        assertThat(r.keyChild()).isTrue();
    }

    @Test
    void livingAloneStopsAtSixteen() {
        Kid sixteen = child("2010-09-30", "困境儿童");
        sixteen.firstRoster().assessment = "无人监护";
        assertThat(evaluate(sixteen).flags()).isEmpty();
    }

    @Test
    void anEntrustedLeftBehindChildNeedsASignedAgreement() {
        Kid unsigned = child("2015-01-01", "农村留守儿童");
        unsigned.school("在读");
        Kid.R r = unsigned.firstRoster();
        r.guardianship = "委托监护";
        r.agreement = "未签订";
        ChildResult result = evaluate(unsigned);
        assertThat(result.flags()).extracting(Flag::code).contains(NO_ENTRUSTMENT_AGREEMENT);
        Flag f = result.flags().stream().filter(x -> x.code() == NO_ENTRUSTMENT_AGREEMENT).findFirst().orElseThrow();
        assertThat(f.detail()).isEqualTo("委托监护，委托监护确认书未签订");
        assertThat(f.agency()).isEqualTo("儿童主任");

        Kid signed = entrusted("农村留守儿童", "已签订");
        assertThat(evaluate(signed).flags()).isEmpty();
        Kid blank = entrusted("农村留守儿童", null);
        assertThat(evaluate(blank).flags()).extracting(Flag::code).containsExactly(NO_ENTRUSTMENT_AGREEMENT);
        Kid notLeftBehind = entrusted("困境儿童", "未签订");
        assertThat(evaluate(notLeftBehind).flags()).isEmpty();
    }

    private static Kid entrusted(String categories, String agreement) {
        Kid kid = Kid.born("2015-01-01");
        kid.hukou();
        kid.school("在读");
        Kid.R r = kid.roster();
        r.categories = categories;
        r.guardianship = "委托监护";
        r.agreement = agreement;
        r.lastVisit = LocalDate.parse("2026-09-10");
        return kid;
    }
}
