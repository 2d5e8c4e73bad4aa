package cn.recon.rules;

import static cn.recon.rules.FlagCode.VISIT_OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VISIT_OVERDUE month by month in 2026Q3 (July, August, September), with and without a visit log. */
class VisitRuleTest {

    /** A 10-year-old pupil on the roster since 2025. */
    private static Kid pupil() {
        Kid kid = Kid.born("2016-03-03");
        kid.hukou();
        kid.school("在读");
        kid.roster();
        return kid;
    }

    private static List<Flag> overdue(ChildResult r) {
        return r.flags().stream().filter(f -> f.code() == VISIT_OVERDUE).toList();
    }

    @Test
    void everyMonthNeedsAHomeVisitAndTheDetailListsTheMissingMonths() {
        Kid kid = pupil().visit("2026-08-31", "入户走访").visit("2026-07-15", "电话联系").visit("2026-09-10", "视频联系");
        ChildResult r = kid.evaluate();
        assertThat(overdue(r)).singleElement().satisfies(f -> {
            assertThat(f.detail()).isEqualTo("2026-07、2026-09");
            assertThat(f.severity()).isEqualTo(Severity.NORMAL);
            assertThat(f.agency()).isEqualTo("乡镇儿童督导员");
        });
        assertThat(r.visitRequired()).isEqualTo(0b111);
        assertThat(r.visitedInMonth(1)).isTrue();
        assertThat(r.visitedInMonth(0)).isFalse();

        Kid visited = pupil().visit("2026-07-01", "入户走访").visit("2026-08-20", "入户走访")
                .visit("2026-09-30", "入户走访");
        assertThat(visited.codes()).isEmpty();
    }

    @Test
    void aChildRegisteredOnTheSecondOfAMonthOwesNoVisitThatMonth() {
        Kid second = Kid.born("2016-03-03");
        second.hukou();
        second.school("在读");
        second.roster().registered("2026-08-02");
        second.visit("2026-09-05", "入户走访");
        ChildResult r = second.evaluate();
        assertThat(r.visitRequired()).isEqualTo(0b100);
        assertThat(r.flags()).isEmpty();

        Kid first = Kid.born("2016-03-03");
        first.hukou();
        first.school("在读");
        first.roster().registered("2026-08-01");
        first.visit("2026-09-05", "入户走访");
        assertThat(overdue(first.evaluate())).singleElement().extracting(Flag::detail).isEqualTo("2026-08");
    }

    @Test
    void anExitInsideTheQuarterEndsTheDuty() {
        Kid exitedInSeptember = pupil();
        exitedInSeptember.firstRoster().exited("2026-09-30");
        ChildResult r = exitedInSeptember.evaluate();
        assertThat(r.activeInRoster()).isFalse();
        assertThat(r.flags()).isEmpty();

        // an exit recorded after the reference date: on the roster the whole quarter
        Kid exitedInOctober = pupil().visit("2026-07-02", "入户走访").visit("2026-08-02", "入户走访");
        exitedInOctober.firstRoster().exited("2026-10-01");
        assertThat(overdue(exitedInOctober.evaluate())).singleElement().extracting(Flag::detail).isEqualTo("2026-09");
    }

    @Test
    void aRecordExitedInsideAMonthDoesNotCoverThatMonth() {
        // exited 2026-08-15, registered again 2026-09-01 under a new number: July and September are owed, August not
        Kid kid = pupil();
        kid.firstRoster().exited("2026-08-15");
        Kid.R again = kid.roster().registered("2026-09-01");
        again.rosterId = "R002";
        ChildResult r = kid.evaluate();
        assertThat(r.visitRequired()).isEqualTo(0b101);
        assertThat(overdue(r)).singleElement().extracting(Flag::detail).isEqualTo("2026-07、2026-09");
    }

    @Test
    void withoutAVisitLogTheLastVisitDateMustFallInTheQuartersLastMonth() {
        Kid recent = pupil();
        recent.firstRoster().lastVisit = LocalDate.parse("2026-09-01");
        assertThat(recent.evaluate(Kid.Q3, false).flags()).isEmpty();

        Kid august = pupil();
        august.firstRoster().lastVisit = LocalDate.parse("2026-08-31");
        assertThat(overdue(august.evaluate(Kid.Q3, false))).singleElement().extracting(Flag::detail)
                .isEqualTo("2026-09（无走访记录，最近走访日期2026-08-31）");

        Kid never = pupil();
        assertThat(overdue(never.evaluate(Kid.Q3, false))).singleElement().extracting(Flag::detail)
                .isEqualTo("2026-07、2026-08、2026-09（无走访记录，最近走访日期为空）");
    }

    @Test
    void aGivenVisitLogWinsOverTheRostersLastVisitDate() {
        Kid kid = pupil();
        kid.firstRoster().lastVisit = LocalDate.parse("2026-09-20");
        assertThat(overdue(kid.evaluate(Kid.Q3, true))).hasSize(1);
        assertThat(overdue(kid.evaluate(Kid.Q3, false))).isEmpty();
    }

    @Test
    void keyChildrenAreOverdueWithHighSeverity() {
        Kid weak = pupil();
        weak.firstRoster().assessment = "父或母无监护能力";
        ChildResult r = weak.evaluate();
        assertThat(r.keyChild()).isTrue();
        assertThat(overdue(r)).singleElement().extracting(Flag::severity).isEqualTo(Severity.HIGH);

        Kid ill = pupil();
        ill.firstRoster().health = "残疾";
        assertThat(overdue(ill.evaluate())).singleElement().extracting(Flag::severity).isEqualTo(Severity.HIGH);

        // a dropout flagged in this run becomes a key child in the same run
        Kid dropout = Kid.born("2013-03-03");
        dropout.hukou();
        dropout.school("辍学");
        dropout.roster();
        ChildResult d = dropout.evaluate();
        assertThat(d.keyChild()).isTrue();
        assertThat(overdue(d)).singleElement().extracting(Flag::severity).isEqualTo(Severity.HIGH);

        assertThat(pupil().evaluate().keyChild()).isFalse();
    }
}
