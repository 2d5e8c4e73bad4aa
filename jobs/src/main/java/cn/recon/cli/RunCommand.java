package cn.recon.cli;

import cn.recon.ingest.IngestFiles;
import cn.recon.jobs.JobRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code recon run}: the quarterly comparison, ingest → match → flag → report, as one restartable job. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the quarterly comparison on the given extracts and write the reports into OUT/QUARTER/.")
class RunCommand implements Callable<Integer> {

    @Mixin
    ExtractOptions extracts;

    @Mixin
    DatabaseOptions db;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/ in the project).")
    Path out;

    @Option(names = "--again", description = "Run again even if these extracts were already run for the quarter "
            + "(e.g. after review decisions); without it a completed run is not repeated.")
    boolean again;

    @Override
    public Integer call() throws Exception {
        return run(extracts, db, out, again);
    }

    static int run(ExtractOptions extracts, DatabaseOptions db, Path out, boolean again) throws Exception {
        try (var ctx = AppContext.start(db)) {
            Path outDir = (out != null ? out : Path.of(ctx.getEnvironment().getProperty("recon.out-dir", "out")))
                    .toAbsolutePath().normalize();
            JobParametersBuilder b = extracts.toParameters().addTo(new JobParametersBuilder());
            b.addString("outDir", outDir.toString());
            if (again) {
                b.addLong("run", System.currentTimeMillis());
            }
            JobRunner runner = ctx.getBean(JobRunner.class);
            var outcome = runner.run(ctx.getBean("quarterJob", Job.class), b.toJobParameters());
            Reports.printFiles(ctx.getBean(IngestFiles.class), outcome.execution(), System.out);
            int status = Reports.exitStatus(outcome, System.out, System.err);
            Path reports = outDir.resolve(extracts.quarter().toString());
            if (status == 0 && outcome.alreadyComplete() && !Files.exists(reports.resolve("flags.csv"))) {
                System.out.println("The reports are not in " + reports + " any more: writing them again.");
                var params = new JobParametersBuilder().addString("quarter", extracts.quarter().toString())
                        .addString("outDir", outDir.toString()).addLong("run", System.currentTimeMillis());
                status = Reports.exitStatus(runner.run(ctx.getBean("reportJob", Job.class), params.toJobParameters()),
                        System.out, System.err);
            }
            if (status == 0) {
                System.out.println("Reports of " + extracts.quarter() + ": " + outDir.resolve(extracts.quarter().toString()));
            }
            return status;
        }
    }
}
