package cn.recon.rules;

import cn.recon.person.Quarter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * The flag step's processor: evaluates the rules for a child and compares its flags with last quarter's. The rules
 * file is read when the step opens, so an edited {@code config/rules.yml} counts from the next run, without a
 * rebuild or a scheduler restart.
 */
class ChildFlagger implements ItemProcessor<ChildRecords, ChildOutcome>, ItemStream {

    private final Quarter quarter;
    private final boolean visitLogGiven;
    private final Path rulesFile;
    private final FlagStore store;
    private FlagEngine engine;
    private Map<String, List<StoredFlag>> previous;

    ChildFlagger(Quarter quarter, boolean visitLogGiven, Path rulesFile, FlagStore store) {
        this.quarter = quarter;
        this.visitLogGiven = visitLogGiven;
        this.rulesFile = rulesFile;
        this.store = store;
    }

    @Override
    public void open(ExecutionContext ctx) {
        engine = new FlagEngine(RuleSettings.loadOrDefaults(rulesFile));
        previous = store.openFlags(quarter.previous());
    }

    @Override
    public ChildOutcome process(ChildRecords child) {
        ChildResult r = engine.evaluate(child, quarter, visitLogGiven);
        List<StoredFlag> before = previous.getOrDefault(child.childId(), List.of());
        List<FlagChange> changes = FlagComparison.compare(before, r.flags(), quarter);
        return new ChildOutcome(ChildStates.of(quarter.toString(), child, r), changes);
    }
}
