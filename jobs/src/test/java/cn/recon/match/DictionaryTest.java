package cn.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DictionaryTest {

    @Test
    void idsAreDenseFirstSeenFirstNumberedAndEqualStringsShareOne() {
        Dictionary d = new Dictionary(1);
        assertThat(d.id(null)).isEqualTo(-1);
        assertThat(d.id("岩温")).isZero();
        assertThat(d.id("玉罕")).isEqualTo(1);
        assertThat(d.id(new String("岩温"))).isZero();
        // the same hash code, different strings
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(d.id("Aa")).isEqualTo(2);
        assertThat(d.id("BB")).isEqualTo(3);
        assertThat(d.id("Aa")).isEqualTo(2);
        assertThat(d.size()).isEqualTo(4);
        assertThat(d.value(3)).isEqualTo("BB");
    }

    @Test
    void agreesWithAMapOverManyGrowths() {
        Dictionary d = new Dictionary(16);
        Map<String, Integer> expected = new HashMap<>();
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 0; k < 300_000; k++) {
            String s = "n" + r.nextInt(100_000);
            int id = d.id(s);
            assertThat(expected.computeIfAbsent(s, x -> expected.size())).as(s).isEqualTo(id);
        }
        assertThat(d.size()).isEqualTo(expected.size());
        expected.forEach((s, id) -> assertThat(d.value(id)).isEqualTo(s));
    }
}
