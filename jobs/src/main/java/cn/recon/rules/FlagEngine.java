package cn.recon.rules;

import cn.recon.person.Quarter;
import cn.recon.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates every rule of DOMAIN.md for one child at a time, in memory, without a database. Thread-safe: an engine
 * holds only immutable settings and a cache of the last quarter's dates, so one engine can serve parallel workers.
 */
public final class FlagEngine {

    private static final FlagCode[] CODES = FlagCode.values();

    private final RuleSettings settings;
    private final Severity[] severity = new Severity[CODES.length];
    private final Severity[] keySeverity = new Severity[CODES.length];
    private final String[] acts = new String[CODES.length];
    private final String[] agencyOfSource = new String[Source.values().length];
    private volatile QuarterFrame frame;

    public FlagEngine(RuleSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        for (FlagCode c : CODES) {
            RuleSettings.FlagSpec spec = settings.spec(c);
            severity[c.ordinal()] = spec.severity();
            keySeverity[c.ordinal()] = spec.keyChildSeverity() == null ? spec.severity() : spec.keyChildSeverity();
            acts[c.ordinal()] = spec.acts();
        }
        for (Source s : Source.values()) {
            agencyOfSource[s.ordinal()] = settings.agencies().get(s);
        }
    }

    public RuleSettings settings() {
        return settings;
    }

    /**
     * All flags of one child for a quarter, with the facts reports count by (key child, age, visits due and done).
     *
     * @param visitLogGiven whether a visit log was ingested in this run; without one, VISIT_OVERDUE uses the
     *                      roster's 最近走访日期
     */
    public ChildResult evaluate(ChildRecords child, Quarter quarter, boolean visitLogGiven) {
        ChildFacts f = new ChildFacts(child, frame(quarter), settings);
        EducationCheck.apply(f);
        RegistrationCheck.apply(f);
        RosterCheck.apply(f);
        DataQualityCheck.apply(f);
        FieldConflictCheck.apply(f);
        boolean key = KeyChild.is(f);
        VisitCheck visits = new VisitCheck();
        visits.apply(f, visitLogGiven);

        List<ChildFacts.Finding> findings = f.findings();
        List<Flag> flags;
        if (findings.isEmpty()) {
            flags = List.of();
        } else {
            flags = new ArrayList<>(findings.size());
            for (ChildFacts.Finding x : findings) {
                int i = x.code().ordinal();
                flags.add(new Flag(child.childId(), x.code(), key ? keySeverity[i] : severity[i], x.detail(),
                        acts[i] != null ? acts[i] : agency(x.sources())));
            }
            flags.sort((a, b) -> Integer.compare(a.code().ordinal(), b.code().ordinal()));
        }
        return new ChildResult(child.childId(), key, f.birthDate, f.age < 0 ? null : f.age, f.compulsory,
                f.activeInRoster, visits.required, visits.done, flags);
    }

    /** Only the flags: {@code evaluate(child, quarter, visitLogGiven).flags()}. */
    public List<Flag> flags(ChildRecords child, Quarter quarter, boolean visitLogGiven) {
        return evaluate(child, quarter, visitLogGiven).flags();
    }

    private String agency(Set<Source> sources) {
        if (sources == null || sources.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Source s : Source.values()) {
            String a = agencyOfSource[s.ordinal()];
            if (sources.contains(s) && sb.indexOf(a) < 0) {
                sb.append(sb.isEmpty() ? "" : "、").append(a);
            }
        }
        return sb.toString();
    }

    private QuarterFrame frame(Quarter quarter) {
        QuarterFrame q = frame;
        if (q == null || !q.quarter.equals(quarter)) {
            q = new QuarterFrame(quarter, settings.compulsoryAge());
            frame = q;
        }
        return q;
    }
}
