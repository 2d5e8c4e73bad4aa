package cn.recon.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Keyset paging over a BIGINT key: every key of the range once, in order, whatever the page size. */
class KeysetPagesTest {

    private JdbcTemplate jdbc;

    @BeforeEach
    void table() {
        jdbc = new JdbcTemplate(new SingleConnectionDataSource("jdbc:h2:mem:keyset;DB_CLOSE_DELAY=-1", true));
        jdbc.execute("DROP TABLE IF EXISTS t");
        jdbc.execute("CREATE TABLE t (k BIGINT PRIMARY KEY, v VARCHAR(10))");
        // keys with gaps, as lines are when a record spans several lines: 10, 13, 16, ..., 307
        jdbc.batchUpdate("INSERT INTO t VALUES (?, ?)", LongStream.rangeClosed(0, 99)
                .mapToObj(i -> new Object[] {10 + 3 * i, "v" + i}).toList());
    }

    @Test
    void eachKeyInTheRangeOnceInOrder() {
        for (int page : new int[] {1, 7, 33, 34, 100, 500}) {
            assertThat(keys(13, 301, page)).as("page " + page).containsExactlyElementsOf(expected(13, 301));
        }
        // bounds between keys, and a range with no key at all
        assertThat(keys(11, 15, 2)).containsExactly(13L);
        assertThat(keys(11, 12, 2)).isEmpty();
    }

    private List<Long> keys(long from, long to, int page) {
        List<Long> out = new ArrayList<>();
        KeysetPages.scan(jdbc, "SELECT v, k FROM t", "k", from, to, page, rs -> out.add(rs.getLong(2)));
        return out;
    }

    private static List<Long> expected(long from, long to) {
        return LongStream.rangeClosed(0, 99).map(i -> 10 + 3 * i).filter(k -> k >= from && k <= to).boxed().toList();
    }
}
