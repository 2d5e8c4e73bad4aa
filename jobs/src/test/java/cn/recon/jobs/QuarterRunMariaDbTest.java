package cn.recon.jobs;

import cn.recon.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Map;

/** The quarterly run on MariaDB/MySQL (127.0.0.1:3306); skipped with a message when no server answers. */
class QuarterRunMariaDbTest extends QuarterRunContract {

    @Override
    Map<String, Object> database(Path dir) {
        TestDatabases.assumeMariaDb();
        return TestDatabases.mariaDb("recon_test_quarter", dir);
    }
}
