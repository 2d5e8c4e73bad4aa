package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.recon.person.Quarter;
import cn.recon.source.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkKeysTest {

    private static final Quarter Q2 = Quarter.parse("2026Q2");
    private static final Quarter Q3 = Quarter.parse("2026Q3");

    @Test
    void keysSortByQuarterThenSourceInKeyOrderThenSequence() {
        long last = Long.MIN_VALUE;
        for (Quarter q : List.of(Q2, Q3, Quarter.parse("2027Q1"))) {
            for (Source s : Source.inKeyOrder()) {
                for (long seq : new long[] {0, 1, 5_000_000, (1L << LinkKeys.SEQUENCE_BITS) - 1}) {
                    long k = LinkKeys.of(q, s, seq);
                    assertThat(k).isGreaterThan(last).isPositive();
                    assertThat(k).isBetween(LinkKeys.first(q, s), LinkKeys.last(q, s));
                    assertThat(k).isBetween(LinkKeys.first(q), LinkKeys.last(q));
                    last = k;
                }
            }
        }
    }

    @Test
    void childIdsAreCAndNineDigitsAndReadBackToTheirNumber() {
        for (long n : new long[] {0, 7, 42, 1_000_000, 999_999_999}) {
            String id = LinkStore.childId(n);
            assertThat(id).isEqualTo(String.format("C%09d", n));
            assertThat(MatchTasklet.childNumber(id)).isEqualTo(n);
        }
        assertThatThrownBy(() -> LinkStore.childId(1_000_000_000L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinkStore.childId(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangesOfNeighbouringQuartersAndSourcesDoNotOverlap() {
        assertThat(LinkKeys.last(Q2)).isEqualTo(LinkKeys.first(Q3) - 1);
        assertThat(LinkKeys.last(Q2, Source.HUKOU)).isEqualTo(LinkKeys.first(Q2, Source.ROSTER) - 1);
        assertThat(LinkKeys.last(Q2, Source.VISITS)).isLessThan(LinkKeys.last(Q2));
        assertThat(LinkKeys.first(Q2, Source.HUKOU)).isEqualTo(LinkKeys.first(Q2));
    }

    @Test
    void matchesTheFormulaOfTheMigration() {
        // V6__child_link_keyed.sql: (year × 4 + quarter − 1) × 2^44 + rank × 2^40 + row number − 1
        assertThat(LinkKeys.of(Q3, Source.SCHOOL, 41)).isEqualTo((2026L * 4 + 3 - 1) * 17592186044416L
                + 2 * 1099511627776L + 41);
    }

    @Test
    void aSequenceBeyondItsBitsIsRefused() {
        assertThatThrownBy(() -> LinkKeys.of(Q2, Source.HUKOU, 1L << LinkKeys.SEQUENCE_BITS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinkKeys.of(Q2, Source.HUKOU, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
