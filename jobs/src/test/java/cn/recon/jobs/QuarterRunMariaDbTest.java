package cn.recon.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.source.BulkInsert;
import cn.recon.testing.Apps;
import cn.recon.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quarterly run on MariaDB/MySQL (127.0.0.1:3306); skipped with a message when no server answers. */
class QuarterRunMariaDbTest extends QuarterRunContract {

    @Override
    Map<String, Object> database(Path dir) {
        TestDatabases.assumeMariaDb();
        return TestDatabases.mariaDb("recon_test_quarter", dir);
    }

    /** With config/application-mysql.yml, the runs above write their rows by LOAD DATA, not INSERT. */
    @Test
    void theApplicationBulkLoadsOnMariaDb(@TempDir Path dir) {
        try (var ctx = Apps.start(database(dir))) {
            assertThat(ctx.getBean(BulkInsert.class).loadsData()).isTrue();
        }
    }
}
