package cn.recon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Quarter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Known answers of the truth rules on hand-made children of 凤县, quarter 2026Q3 (cut-off 2026-08-31). */
class TruthRulesTest {

    private World w;
    private Period p;

    @BeforeEach
    void world() {
        w = new World(new GenerateSettings("610330", 40, Quarter.parse("2026Q3"), 1, 1L, Path.of("unused")));
        p = Period.of(0, Quarter.parse("2026Q3"));
    }

    @Test
    void periodsKnowTheirReferenceDateAndCutOff() {
        assertThat(Dates.date(p.ref())).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Dates.date(p.cutoff())).isEqualTo(LocalDate.of(2026, 8, 31));
        Period june = Period.of(0, Quarter.parse("2026Q2"));
        assertThat(Dates.date(june.cutoff())).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(Dates.date(june.monthStart()[2])).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void sixOnTheCutOffWithoutAnySchoolRecordIsOutOfSchool() {
        assertThat(TruthRules.flags(w, child(LocalDate.of(2020, 8, 31), Children.LOCAL), p))
                .isEqualTo(TruthRules.OUT_OF_SCHOOL);
        assertThat(TruthRules.flags(w, child(LocalDate.of(2020, 9, 1), Children.LOCAL), p)).isZero();
        assertThat(TruthRules.flags(w, child(LocalDate.of(2011, 9, 1), Children.LOCAL), p))
                .isEqualTo(TruthRules.OUT_OF_SCHOOL);
        assertThat(TruthRules.flags(w, child(LocalDate.of(2011, 8, 31), Children.LOCAL), p)).isZero();
    }

    @Test
    void dropoutNeedsADropOrATransferOutWithoutTransferIn() {
        int dropped = school(child(LocalDate.of(2012, 3, 1), Children.LOCAL), Schooling.DROPOUT);
        assertThat(TruthRules.flags(w, dropped, p)).isEqualTo(TruthRules.DROPOUT);
        int out = school(child(LocalDate.of(2012, 3, 1), Children.LOCAL), Schooling.OUT);
        assertThat(TruthRules.flags(w, out, p)).isEqualTo(TruthRules.DROPOUT);
        int moved = school(child(LocalDate.of(2012, 3, 1), Children.LOCAL), Schooling.TRANSFERRED);
        assertThat(TruthRules.flags(w, moved, p)).isZero();
        int home = school(child(LocalDate.of(2012, 3, 1), Children.LOCAL), Schooling.HOME);
        assertThat(TruthRules.flags(w, home, p)).isZero();
        int tooOld = school(child(LocalDate.of(2011, 8, 31), Children.LOCAL), Schooling.DROPOUT);
        assertThat(TruthRules.flags(w, tooOld, p)).isZero();
    }

    @Test
    void aCancelledHukouOrADeathExemptsFromTheEducationRules() {
        int gone = school(child(LocalDate.of(2013, 5, 5), Children.LOCAL), Schooling.OUT);
        cancel(gone, Children.MOVED_OUT, LocalDate.of(2026, 7, 10));
        assertThat(TruthRules.flags(w, gone, p)).isZero();
        int later = school(child(LocalDate.of(2013, 5, 5), Children.LOCAL), Schooling.OUT);
        cancel(later, Children.MOVED_OUT, LocalDate.of(2026, 10, 10));
        assertThat(TruthRules.flags(w, later, p)).isEqualTo(TruthRules.DROPOUT);
        int dead = school(child(LocalDate.of(2013, 5, 5), Children.LOCAL), Schooling.DEAD);
        assertThat(TruthRules.flags(w, dead, p)).isZero();
        int onRoster = child(LocalDate.of(2018, 5, 5), Children.LOCAL);
        roster(onRoster, LocalDate.of(2026, 9, 2));
        cancel(onRoster, Children.DIED, LocalDate.of(2026, 8, 1));
        assertThat(TruthRules.flags(w, onRoster, p)).isZero();
    }

    @Test
    void noHukouAndNoCitizenIdWhileOnTheRosterOrInSchoolIsUnregistered() {
        int small = child(LocalDate.of(2023, 1, 1), Children.UNREGISTERED);
        roster(small, LocalDate.of(2026, 9, 2));
        assertThat(TruthRules.flags(w, small, p)).isEqualTo(TruthRules.UNREGISTERED);
        int schoolAge = child(LocalDate.of(2017, 1, 1), Children.UNREGISTERED);
        roster(schoolAge, LocalDate.of(2026, 9, 2));
        assertThat(TruthRules.flags(w, schoolAge, p)).isEqualTo(TruthRules.UNREGISTERED | TruthRules.OUT_OF_SCHOOL);
        int pupil = school(child(LocalDate.of(2017, 1, 1), Children.UNREGISTERED), Schooling.IN);
        assertThat(TruthRules.flags(w, pupil, p)).isEqualTo(TruthRules.UNREGISTERED);
        int graduate = school(child(LocalDate.of(2011, 1, 1), Children.UNREGISTERED), Schooling.GRADUATED);
        assertThat(TruthRules.flags(w, graduate, p)).isZero();
        int migrant = school(child(LocalDate.of(2017, 1, 1), Children.MIGRANT), Schooling.IN);
        assertThat(TruthRules.flags(w, migrant, p)).isZero();
    }

    @Test
    void visitsAreOwedOnlyForWholeMonthsOnTheRosterOfAnActiveChild() {
        int late = child(LocalDate.of(2019, 1, 1), Children.LOCAL);
        roster(late, LocalDate.of(2026, 9, 2));
        assertThat(TruthRules.overdue(w, late, p)).isFalse();
        int exited = child(LocalDate.of(2019, 1, 1), Children.LOCAL);
        roster(exited, LocalDate.of(2024, 1, 1));
        w.ch.rExit[exited] = (int) LocalDate.of(2026, 9, 15).toEpochDay();
        assertThat(TruthRules.flags(w, exited, p) & TruthRules.VISIT_OVERDUE).isZero();
        int overdue = 0;
        for (int k = 0; k < 30; k++) {
            int i = child(LocalDate.of(2019, 1, 1), Children.LOCAL);
            roster(i, LocalDate.of(2024, 1, 1));
            boolean[] seen = Visits.homeVisitMonths(Visits.of(w, i, p), p);
            boolean expected = !seen[0] || !seen[1] || !seen[2];
            assertThat(TruthRules.overdue(w, i, p)).isEqualTo(expected);
            overdue += expected ? 1 : 0;
        }
        assertThat(overdue).isLessThan(30);
    }

    private int child(LocalDate birth, byte kind) {
        int h = w.hh.add();
        int i = w.ch.add();
        w.ch.household[i] = h;
        w.ch.birth[i] = (int) birth.toEpochDay();
        w.ch.male[i] = true;
        w.ch.name[i] = "王伟";
        w.ch.kind[i] = kind;
        w.ch.sSchoolBefore[i] = -1;
        if (kind != Children.UNREGISTERED) {
            w.ch.id[i] = w.ids.allocate(kind == Children.LOCAL ? "610330" : "511602", w.ch.birth[i], true);
        }
        if (kind == Children.LOCAL) {
            w.ch.hukouSince[i] = w.ch.birth[i] + 10;
        }
        return i;
    }

    private int school(int i, byte status) {
        w.ch.sStatus[i] = status;
        w.ch.sGrade[i] = 5;
        w.ch.sSchool[i] = 0;
        w.ch.sSchoolBefore[i] = status == Schooling.TRANSFERRED ? 1 : -1;
        w.ch.sDate[i] = (int) LocalDate.of(2026, 3, 1).toEpochDay();
        return i;
    }

    private void roster(int i, LocalDate registered) {
        w.ch.rSeq[i] = w.nextRosterSeq();
        w.ch.rReg[i] = (int) registered.toEpochDay();
        w.ch.rCats[i] = RosterCare.DIFFICULTY;
    }

    private void cancel(int i, byte why, LocalDate day) {
        w.ch.hukouStatus[i] = why;
        w.ch.hukouDate[i] = (int) day.toEpochDay();
    }
}
