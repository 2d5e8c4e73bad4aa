package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValuePoolTest {

    @Test
    void equalValuesComeBackAsOneInstanceAndNothingChangesItsValue() {
        ValuePool pool = new ValuePool();
        String first = new String("勐仑镇");
        assertThat(pool.share(first)).isSameAs(first);
        assertThat(pool.share(new String("勐仑镇"))).isSameAs(first);
        LocalDate d = LocalDate.of(2014, 3, 8);
        assertThat(pool.share(d)).isSameAs(d);
        assertThat(pool.share(LocalDate.of(2014, 3, 8))).isSameAs(d);
        assertThat(pool.share((String) null)).isNull();
        // many values through few slots: each comes back equal, whatever it displaced
        for (int i = 0; i < 100_000; i++) {
            String s = "n" + (i % 30_000);
            assertThat(pool.share(new String(s))).isEqualTo(s);
        }
    }
}
