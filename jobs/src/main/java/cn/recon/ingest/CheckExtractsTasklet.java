package cn.recon.ingest;

import cn.recon.person.Quarter;
import cn.recon.source.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Opens every extract of the run once, before anything is loaded, so that all file-level problems (missing file,
 * wrong type, missing required column…) are reported together and no file is half-loaded because another is bad.
 */
class CheckExtractsTasklet implements Tasklet {

    private final ExtractOpener opener;

    CheckExtractsTasklet(ExtractOpener opener) {
        this.opener = opener;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var params = chunkContext.getStepContext().getStepExecution().getJobParameters();
        Quarter quarter = Quarter.parse(params.getString(IngestParameters.QUARTER));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Source, Path> e : IngestParameters.files(params).entrySet()) {
            try (ExtractReader<?> r = opener.open(e.getKey(), e.getValue(), 0L,
                    IngestParameters.mapping(params, e.getKey()), quarter.referenceDate())) {
                r.describe();
            } catch (ExtractFileException x) {
                problems.add(e.getKey().chinese() + " " + x.getMessage());
            } catch (RuntimeException x) {
                problems.add(e.getKey().chinese() + " " + e.getValue().getFileName() + ": " + x.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ExtractFileException(Path.of(problems.size() == 1 ? "extract" : "extracts"),
                    String.join(" | ", problems)) {
                @Override
                public String getMessage() {
                    return String.join(" | ", problems);
                }
            };
        }
        return RepeatStatus.FINISHED;
    }
}
