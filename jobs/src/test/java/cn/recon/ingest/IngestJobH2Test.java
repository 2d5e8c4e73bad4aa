package cn.recon.ingest;

import cn.recon.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Map;

/** The ingest job on the embedded H2 database. */
class IngestJobH2Test extends IngestJobContract {

    @Override
    Map<String, Object> database(Path dir) {
        return TestDatabases.h2(dir);
    }

    @Override
    String widenNameColumns() {
        return "ALTER TABLE hukou_record ALTER COLUMN name SET DATA TYPE VARCHAR(300); "
                + "ALTER TABLE hukou_record ALTER COLUMN name_raw SET DATA TYPE VARCHAR(300)";
    }
}
