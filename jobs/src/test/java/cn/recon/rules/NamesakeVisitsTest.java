package cn.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which overdue namesakes the unlinked home visits at their name and place account for, month by month. */
class NamesakeVisitsTest {

    private static final String YAN_WEN = "yanwen|勐混镇|曼国村";

    private static NamesakeVisits.Overdue overdue(String child, String key, int missing, int... unlinked) {
        return new NamesakeVisits.Overdue(child, key, missing, unlinked);
    }

    @Test
    void visitsOutnumberingHalfTheUnvisitedNamesakesCountForAllOfThem() {
        assertThat(NamesakeVisits.accountedFor(List.of(overdue("A", YAN_WEN, 0b001, 2, 0, 0),
                overdue("B", YAN_WEN, 0b001, 2, 0, 0), overdue("C", YAN_WEN, 0b001, 2, 0, 0))))
                .containsExactly("A", "B", "C");
        assertThat(NamesakeVisits.accountedFor(List.of(overdue("A", YAN_WEN, 0b001, 1, 0, 0),
                overdue("B", YAN_WEN, 0b001, 1, 0, 0), overdue("C", YAN_WEN, 0b001, 1, 0, 0)))).isEmpty();
    }

    /** One visit for two unvisited namesakes: each is as likely unvisited as not, and both stay flagged. */
    @Test
    void aTieLeavesTheFlags() {
        assertThat(NamesakeVisits.accountedFor(List.of(overdue("A", YAN_WEN, 0b010, 0, 1, 0),
                overdue("B", YAN_WEN, 0b010, 0, 1, 0)))).isEmpty();
    }

    /**
     * A child missing two months is counted as visited only when both months are accounted for; the unvisited are
     * counted per name and place (C, another name, is not B's namesake).
     */
    @Test
    void everyMissingMonthMustBeAccountedFor() {
        assertThat(NamesakeVisits.accountedFor(List.of(overdue("A", YAN_WEN, 0b011, 2, 0, 0),
                overdue("B", YAN_WEN, 0b001, 2, 0, 0), overdue("C", "yuhan|勐混镇|曼国村", 0b001, 1, 0, 0))))
                .containsExactly("B", "C");
        assertThat(NamesakeVisits.accountedFor(List.of(overdue("A", YAN_WEN, 0b011, 2, 1, 0),
                overdue("B", YAN_WEN, 0b001, 2, 1, 0)))).containsExactly("A", "B");
    }
}
