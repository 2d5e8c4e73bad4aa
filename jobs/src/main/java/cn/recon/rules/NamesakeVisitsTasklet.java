package cn.recon.rules;

import cn.recon.person.Quarter;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * After every child is flagged: counts as visited the months that unlinked home visits under a shared name account
 * for ({@link NamesakeVisits}; the flag step noted the children concerned), withdrawing those VISIT_OVERDUE flags.
 * One transaction, so a rerun finds the same.
 */
class NamesakeVisitsTasklet implements Tasklet {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NamesakeVisitsTasklet.class);

    static final String NOTE = "（同村同名（或同音）儿童有未能关联的入户走访记录，其条数多于该月缺走访的同名儿童数的一半，"
            + "按已走访计，请核实）";

    private final FlagStore store;

    NamesakeVisitsTasklet(FlagStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        Quarter q = Quarter.parse(String.valueOf(chunk.getStepContext().getJobParameters().get("quarter")));
        List<NamesakeVisits.Overdue> overdue = store.namesakeVisits(q);
        Set<String> visited = NamesakeVisits.accountedFor(overdue);
        store.countAsVisited(q, overdue.stream().filter(o -> visited.contains(o.childId())).toList(), NOTE);
        if (!overdue.isEmpty()) {
            log.info("{} of {} overdue children whose missing months had unlinked home visits under their name at "
                    + "their place counted as visited", visited.size(), overdue.size());
        }
        contribution.incrementWriteCount(visited.size());
        return RepeatStatus.FINISHED;
    }
}
