package cn.recon.rules;

import cn.recon.person.Quarter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    private Map<String, int[]> unlinkedVisits;
    private Map<String, List<FlagStore.OpenReview>> openReviews;

    ChildFlagger(Quarter quarter, boolean visitLogGiven, Path rulesFile, FlagStore store) {
        this.quarter = quarter;
        this.visitLogGiven = visitLogGiven;
        this.rulesFile = rulesFile;
        this.store = store;
    }

    @Override
    public void open(ExecutionContext ctx) {
        RuleSettings settings = RuleSettings.loadOrDefaults(rulesFile);
        engine = new FlagEngine(settings);
        previous = store.openFlags(quarter.previous());
        unlinkedVisits = visitLogGiven ? store.unlinkedHomeVisits(quarter, settings.visits().homeVisitTypes())
                : Map.of();
        openReviews = store.openReviews(quarter);
    }

    @Override
    public ChildOutcome process(ChildRecords child) {
        ChildResult r = engine.evaluate(child, quarter, visitLogGiven);
        ChildState state = ChildStates.of(quarter.toString(), child, r);
        NamesakeVisits.Overdue namesakeVisits = namesakeVisits(r.flags(), state);
        List<Flag> flags = withOpenReviews(withNamesakeVisits(r.flags(), namesakeVisits), child.childId());
        List<StoredFlag> before = previous.getOrDefault(child.childId(), List.of());
        List<FlagChange> changes = FlagComparison.compare(before, flags, quarter);
        return new ChildOutcome(state, changes, namesakeVisits);
    }

    /**
     * A child one of whose records waits in the review queue (the model could not tell whether it is the same child
     * as another) keeps its flags, but each says so: accepting the pair may resolve a flag such as UNREGISTERED.
     */
    private List<Flag> withOpenReviews(List<Flag> flags, String childId) {
        List<FlagStore.OpenReview> items = openReviews.get(childId);
        if (items == null || flags.isEmpty()) {
            return flags;
        }
        String note = "（待复核：可能与 " + String.join("、", items.stream().map(i -> i.otherChild() + "（复核项 #"
                + i.item() + "）").toList()) + " 为同一儿童，复核结论可能改变本项，见 ./recon review list）";
        List<Flag> out = new ArrayList<>(flags.size());
        for (Flag f : flags) {
            out.add(new Flag(f.childId(), f.code(), f.severity(), f.detail() + note, f.agency()));
        }
        return out;
    }

    /**
     * The months a VISIT_OVERDUE child misses in which home visits under its name (or a name of the same sound) at its
     * place stayed unlinked, or null when there are none.
     */
    private NamesakeVisits.Overdue namesakeVisits(List<Flag> flags, ChildState s) {
        if (unlinkedVisits.isEmpty() || s.name() == null
                || flags.stream().noneMatch(f -> f.code() == FlagCode.VISIT_OVERDUE)) {
            return null;
        }
        String key = FlagStore.placeKey(s.name(), s.township(), s.village());
        int[] unlinked = unlinkedVisits.get(key);
        if (unlinked == null) {
            return null;
        }
        NamesakeVisits.Overdue o = new NamesakeVisits.Overdue(s.childId(), key,
                s.visitRequired() & ~s.visitDone(), unlinked);
        for (int i = 0; i < 3; i++) {
            if (o.met(i)) {
                return o;
            }
        }
        return null;
    }

    /**
     * A VISIT_OVERDUE flag stays (DOMAIN.md: a visit is linked only when it is unambiguous), but when a home visit
     * under the child's name (or a name of the same sound) at its place, in a month the child misses, could not be
     * linked because several children share that name, the detail says so, for the supervisor to check.
     */
    private List<Flag> withNamesakeVisits(List<Flag> flags, NamesakeVisits.Overdue o) {
        if (o == null) {
            return flags;
        }
        List<String> hits = new ArrayList<>();
        List<YearMonth> qm = quarter.months();
        for (int i = 0; i < 3; i++) {
            if (o.met(i)) {
                hits.add(qm.get(i).toString());
            }
        }
        List<Flag> out = new ArrayList<>(flags.size());
        for (Flag f : flags) {
            out.add(f.code() != FlagCode.VISIT_OVERDUE ? f : new Flag(f.childId(), f.code(), f.severity(), f.detail()
                    + "（" + String.join("、", hits) + " 有同村同名（或同音）儿童的入户走访记录未能关联，可能属于该儿童，请核实）",
                    f.agency()));
        }
        return out;
    }
}
