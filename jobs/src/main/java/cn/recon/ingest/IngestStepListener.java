package cn.recon.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Marks a file LOADED (superseding older ones) or FAILED in the register when its step ends. */
class IngestStepListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IngestStepListener.class);

    private final IngestFiles files;

    IngestStepListener(IngestFiles files) {
        this.files = files;
    }

    @Override
    public ExitStatus afterStep(StepExecution se) {
        var ctx = se.getExecutionContext();
        if (ctx.containsKey(ExtractItemReader.ALREADY)) {
            return new ExitStatus("COMPLETED", "already loaded as file " + ctx.getLong(ExtractItemReader.ALREADY));
        }
        if (!ctx.containsKey(ExtractItemReader.FILE_ID)) {
            return null;
        }
        long fileId = ctx.getLong(ExtractItemReader.FILE_ID);
        if (se.getStatus().isUnsuccessful() || !se.getFailureExceptions().isEmpty()) {
            String msg = se.getFailureExceptions().isEmpty() ? se.getStatus().toString()
                    : se.getFailureExceptions().get(0).getMessage();
            files.markFailed(fileId, msg);
            return null;
        }
        int loaded = ctx.getInt(ExtractItemReader.LOADED, 0);
        int rejected = ctx.getInt(ExtractItemReader.REJECTED, 0);
        int skipped = ctx.getInt(ExtractItemReader.SKIPPED, 0);
        files.markLoaded(fileId, loaded, rejected, skipped);
        log.info("{}: file {} loaded: {} records, {} rejected, {} skipped", se.getStepName(), fileId, loaded,
                rejected, skipped);
        return null;
    }
}
