package cn.recon.rules;

import cn.recon.ingest.IngestFiles;
import cn.recon.person.Quarter;
import cn.recon.source.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * After every child is flagged: counts as visited the months that unlinked home visits under a shared name account
 * for ({@link NamesakeVisits}), withdrawing those VISIT_OVERDUE flags. One transaction, so a rerun finds the same.
 */
class NamesakeVisitsTasklet implements Tasklet {

    static final String NOTE = "（同村同名（或同音）儿童有未能关联的入户走访记录，其条数多于该月缺走访的同名儿童数的一半，"
            + "按已走访计，请核实）";

    private final FlagStore store;
    private final IngestFiles files;
    private final Path rulesFile;

    NamesakeVisitsTasklet(FlagStore store, IngestFiles files, Path rulesFile) {
        this.store = store;
        this.files = files;
        this.rulesFile = rulesFile;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        Quarter q = Quarter.parse(String.valueOf(chunk.getStepContext().getJobParameters().get("quarter")));
        if (files.current(Source.VISITS, q).isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        Set<String> homeVisitTypes = RuleSettings.loadOrDefaults(rulesFile).visits().homeVisitTypes();
        Map<String, int[]> unlinked = store.unlinkedHomeVisits(q, homeVisitTypes);
        if (unlinked.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        List<NamesakeVisits.Overdue> overdue = store.overdueChildren(q);
        Set<String> visited = NamesakeVisits.accountedFor(overdue, unlinked);
        store.countAsVisited(q, overdue.stream().filter(o -> visited.contains(o.childId())).toList(), NOTE);
        contribution.incrementWriteCount(visited.size());
        return RepeatStatus.FINISHED;
    }
}
