package cn.recon.jobs;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Shows the progress of chunk-oriented steps (rows read, rate) while they run. */
public class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

    private final Map<Long, Progress> running = new ConcurrentHashMap<>();
    private final ThreadLocal<StepExecution> current = new ThreadLocal<>();

    @Override
    public void beforeStep(StepExecution se) {
        current.set(se);
        running.put(se.getId(), Progress.onStderr(se.getStepName(), 0));
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        StepExecution se = current.get();
        if (se != null) {
            Progress p = running.get(se.getId());
            if (p != null) {
                p.advanceTo(se.getReadCount());
            }
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution se) {
        Progress p = running.remove(se.getId());
        if (p != null && se.getReadCount() > 0) {
            p.advanceTo(se.getReadCount());
            p.done();
        }
        current.remove();
        return null;
    }
}
