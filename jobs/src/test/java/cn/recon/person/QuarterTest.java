package cn.recon.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void theReferenceDateIsTheQuartersLastDay() {
        assertThat(Quarter.parse("2026Q3").referenceDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Quarter.parse("2026q1").referenceDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Quarter.parse("2026Q3").months()).containsExactly(YearMonth.of(2026, 7), YearMonth.of(2026, 8),
                YearMonth.of(2026, 9));
        assertThat(Quarter.parse("2026Q1").previous()).isEqualTo(Quarter.parse("2025Q4"));
    }

    @Test
    void aBadQuarterIsRefusedWithAPlainMessage() {
        assertThatThrownBy(() -> Quarter.parse("2026Q5")).hasMessageContaining("2026Q5");
    }
}
