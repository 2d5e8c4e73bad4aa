package cn.recon.cli;

import cn.recon.ingest.IngestFiles;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code recon files}: the register of loaded extracts. */
@Command(name = "files", mixinStandardHelpOptions = true,
        description = "List the extract files loaded (status LOADED, SUPERSEDED, FAILED, LOADING) with row counts.")
class FilesCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() {
        try (var ctx = AppContext.start(db)) {
            Reports.printFileTable(ctx.getBean(IngestFiles.class).all(), System.out);
            return 0;
        }
    }
}
