package cn.recon.source;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A batched delete removes every row its condition selects, over several batches and a last partial one, and not
 * one row more; on H2 and on MariaDB (both take DELETE … LIMIT).
 */
class BatchedDeleteTest {

    @TempDir
    Path dir;

    @Test
    void h2DeletesAllItSelectsAndNothingElse() {
        deletesAllItSelects(new DriverManagerDataSource("jdbc:h2:mem:deletes;DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Test
    void mariaDbDeletesAllItSelectsAndNothingElse() {
        deletesAllItSelects(TestDatabases.mariaDbDataSource("recon_delete_test"));
    }

    private static void deletesAllItSelects(DataSource ds) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("CREATE TABLE del_t (quarter VARCHAR(7) NOT NULL, n INT NOT NULL, PRIMARY KEY (quarter, n))");
        List<Object[]> rows = new ArrayList<>();
        for (String q : List.of("2026Q2", "2026Q3", "2026Q4")) {
            for (int n = 0; n < 2_345; n++) {
                rows.add(new Object[] {q, n});
            }
        }
        jdbc.batchUpdate("INSERT INTO del_t (quarter, n) VALUES (?, ?)", rows);
        BatchedDelete deletes = new BatchedDelete(jdbc, new DataSourceTransactionManager(ds), 500);

        assertThat(deletes.delete("del_t", "quarter = ?", "2026Q3")).isEqualTo(2_345);
        assertThat(deletes.delete("del_t", "quarter = ?", "2026Q3")).isZero();
        assertThat(jdbc.queryForList("SELECT quarter, COUNT(*) AS c FROM del_t GROUP BY quarter ORDER BY quarter"))
                .extracting(r -> r.get("quarter") + "=" + r.get("c")).containsExactly("2026Q2=2345", "2026Q4=2345");
        assertThat(deletes.delete("del_t", "quarter = ? AND n < ?", "2026Q4", 1_000)).isEqualTo(1_000);
        assertThat(jdbc.queryForObject("SELECT MIN(n) FROM del_t WHERE quarter = '2026Q4'", Integer.class))
                .isEqualTo(1_000);
    }
}
