package cn.recon.ingest;

import cn.recon.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** The ingest job on MariaDB/MySQL (127.0.0.1:3306); skipped with a message when no server answers. */
class IngestJobMariaDbTest extends IngestJobContract {

    @BeforeEach
    void needsMariaDb() {
        TestDatabases.assumeMariaDb();
    }

    @Override
    Map<String, Object> database(Path dir) {
        return TestDatabases.mariaDb("recon_test_ingest", dir);
    }

    @Override
    String widenNameColumns() {
        return "ALTER TABLE hukou_record MODIFY name VARCHAR(300), MODIFY name_raw VARCHAR(300)";
    }
}
