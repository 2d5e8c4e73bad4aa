package cn.recon.cli;

import cn.recon.ingest.IngestFiles;
import cn.recon.jobs.JobRunner;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.Job;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code recon ingest}: load extracts for a quarter (the first arrow of the flow), nothing else. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Load extracts into the database for a quarter: check, normalise, keep every row.")
class IngestCommand implements Callable<Integer> {

    @Mixin
    ExtractOptions extracts;

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        var params = extracts.toParameters().toJobParameters();
        try (var ctx = AppContext.start(db)) {
            var outcome = ctx.getBean(JobRunner.class).run(ctx.getBean("ingestJob", Job.class), params);
            Reports.printFiles(ctx.getBean(IngestFiles.class), outcome.execution(), System.out);
            return Reports.exitStatus(outcome, System.out, System.err);
        }
    }
}
