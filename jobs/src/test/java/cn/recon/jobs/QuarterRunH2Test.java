package cn.recon.jobs;

import cn.recon.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Map;

/** The quarterly run on the embedded H2 database. */
class QuarterRunH2Test extends QuarterRunContract {

    @Override
    Map<String, Object> database(Path dir) {
        return TestDatabases.h2(dir);
    }
}
