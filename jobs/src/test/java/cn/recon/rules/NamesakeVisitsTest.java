package cn.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which overdue namesakes the unlinked home visits at their name and place account for, month by month. */
class NamesakeVisitsTest {

    private static final String YAN_WEN = "yanwen|勐混镇|曼国村";

    @Test
    void visitsOutnumberingHalfTheUnvisitedNamesakesCountForAllOfThem() {
        List<NamesakeVisits.Overdue> overdue = List.of(new NamesakeVisits.Overdue("A", YAN_WEN, 0b001),
                new NamesakeVisits.Overdue("B", YAN_WEN, 0b001), new NamesakeVisits.Overdue("C", YAN_WEN, 0b001));
        assertThat(NamesakeVisits.accountedFor(overdue, Map.of(YAN_WEN, new int[] {2, 0, 0})))
                .containsExactly("A", "B", "C");
        assertThat(NamesakeVisits.accountedFor(overdue, Map.of(YAN_WEN, new int[] {1, 0, 0}))).isEmpty();
    }

    /** One visit for two unvisited namesakes: each is as likely unvisited as not, and both stay flagged. */
    @Test
    void aTieLeavesTheFlags() {
        List<NamesakeVisits.Overdue> overdue = List.of(new NamesakeVisits.Overdue("A", YAN_WEN, 0b010),
                new NamesakeVisits.Overdue("B", YAN_WEN, 0b010));
        assertThat(NamesakeVisits.accountedFor(overdue, Map.of(YAN_WEN, new int[] {0, 1, 0}))).isEmpty();
    }

    /** A child missing two months is counted as visited only when both months are accounted for. */
    @Test
    void everyMissingMonthMustBeAccountedFor() {
        List<NamesakeVisits.Overdue> overdue = List.of(new NamesakeVisits.Overdue("A", YAN_WEN, 0b011),
                new NamesakeVisits.Overdue("B", YAN_WEN, 0b001),
                new NamesakeVisits.Overdue("C", "yuhan|勐混镇|曼国村", 0b001));
        assertThat(NamesakeVisits.accountedFor(overdue, Map.of(YAN_WEN, new int[] {2, 0, 0}))).containsExactly("B");
        assertThat(NamesakeVisits.accountedFor(overdue, Map.of(YAN_WEN, new int[] {2, 1, 0})))
                .containsExactly("A", "B");
    }
}
