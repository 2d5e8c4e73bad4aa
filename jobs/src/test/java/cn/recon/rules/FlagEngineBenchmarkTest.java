package cn.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Throughput of {@link FlagEngine#evaluate}: one million evaluations over a pool of varied children. Opt-in
 * ({@code -Dbench=true}) because timing depends on the machine; it fails when a million children take over 10 s.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class FlagEngineBenchmarkTest {

    @Test
    void aMillionChildrenInAFewSeconds() {
        List<ChildRecords> pool = new ArrayList<>();
        String[] statuses = {"在读", "在读", "在读", "转出", "辍学", "送教上门", "毕业"};
        for (int i = 0; i < 1000; i++) {
            Kid kid = Kid.born(String.format("20%02d-%02d-%02d", 8 + i % 18, 1 + i % 12, 1 + i % 28));
            kid.hukou();
            if (i % 10 != 0) {
                kid.school(statuses[i % statuses.length]);
            }
            if (i % 3 == 0) {
                Kid.R r = kid.roster();
                r.categories = i % 2 == 0 ? "农村留守儿童" : "农村留守儿童、困境儿童";
                r.guardianship = i % 9 == 0 ? "委托监护" : "父母监护";
                kid.visit("2026-07-03", "入户走访").visit("2026-09-03", "入户走访");
            }
            pool.add(kid.records());
        }
        FlagEngine engine = Kid.ENGINE;
        int flags = 0;
        for (int i = 0; i < 200_000; i++) { // warm-up
            flags += engine.evaluate(pool.get(i % pool.size()), Kid.Q3, true).flags().size();
        }
        long t0 = System.nanoTime();
        flags = 0;
        for (int i = 0; i < 1_000_000; i++) {
            flags += engine.evaluate(pool.get(i % pool.size()), Kid.Q3, true).flags().size();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("1,000,000 children evaluated in " + ms + " ms, " + flags + " flags");
        assertThat(flags).isPositive();
        assertThat(ms).isLessThan(10_000);
    }
}
