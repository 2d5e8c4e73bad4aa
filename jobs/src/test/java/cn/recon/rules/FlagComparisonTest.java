package cn.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.recon.person.Quarter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlagComparisonTest {

    private static final Quarter Q2 = new Quarter(2026, 2);
    private static final Quarter Q3 = new Quarter(2026, 3);

    private static Flag flag(String child, FlagCode code) {
        return new Flag(child, code, Severity.HIGH, "详情", "教育部门");
    }

    @Test
    void flagsAreNewPersistingWithTheirFirstQuarterOrResolved() {
        Quarter q1 = new Quarter(2026, 1);
        List<StoredFlag> previous = List.of(
                new StoredFlag("A", FlagCode.DROPOUT, Severity.HIGH, "辍学", "教育部门", q1, FlagStatus.PERSISTING),
                new StoredFlag("B", FlagCode.DROPOUT, Severity.HIGH, "辍学（已劝返）", "教育部门", Q2, FlagStatus.NEW),
                new StoredFlag("C", FlagCode.AGED_OUT, Severity.NORMAL, "超龄", "民政部门", q1, FlagStatus.RESOLVED));
        List<Flag> current = List.of(flag("A", FlagCode.DROPOUT), flag("A", FlagCode.VISIT_OVERDUE),
                flag("C", FlagCode.AGED_OUT));

        List<FlagChange> changes = FlagComparison.compare(previous, current, Q3);

        assertThat(changes).extracting(c -> c.flag().childId() + " " + c.flag().code() + " " + c.status() + " "
                + c.firstSeen()).containsExactly(
                        "A DROPOUT PERSISTING 2026Q1",
                        "A VISIT_OVERDUE NEW 2026Q3",
                        "C AGED_OUT NEW 2026Q3", // resolved last quarter, raised again: a new flag
                        "B DROPOUT RESOLVED 2026Q2");
        FlagChange resolved = changes.get(3);
        assertThat(resolved.flag().detail()).isEqualTo("辍学（已劝返）");
        assertThat(resolved.toStored().status()).isEqualTo(FlagStatus.RESOLVED);
        assertThat(changes.get(0).flag()).isSameAs(current.get(0));
    }

    @Test
    void theStoredFormReadsBackIntoTheNextComparison() {
        List<FlagChange> q2 = FlagComparison.compare(List.of(), List.of(flag("A", FlagCode.DROPOUT)), Q2);
        assertThat(q2).extracting(FlagChange::status).containsExactly(FlagStatus.NEW);
        List<StoredFlag> stored = q2.stream().map(FlagChange::toStored).toList();
        List<FlagChange> q3 = FlagComparison.compare(stored, List.of(flag("A", FlagCode.DROPOUT)), Q3);
        assertThat(q3).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(FlagStatus.PERSISTING);
            assertThat(c.firstSeen()).isEqualTo(Q2);
        });
        List<FlagChange> q4 = FlagComparison.compare(q3.stream().map(FlagChange::toStored).toList(), List.of(),
                Q3.next());
        assertThat(q4).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(FlagStatus.RESOLVED);
            assertThat(c.firstSeen()).isEqualTo(Q2);
        });
    }

    @Test
    void aFlagGivenTwiceIsRefused() {
        assertThatThrownBy(() -> FlagComparison.compare(List.of(),
                List.of(flag("A", FlagCode.DROPOUT), flag("A", FlagCode.DROPOUT)), Q3))
                .hasMessageContaining("DROPOUT given twice");
    }
}
