package cn.recon.match;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Matches a synthetic population in memory and reports time, heap and pairwise precision/recall against the truth.
 * Run from jobs/ after {@code ../mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * <pre>
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat cp.txt) cn.recon.match.MatchBenchmark 1000000 [errors]
 * </pre>
 * The argument is the number of children (1,000,000 gives about 1.7 million records); {@code errors} prints samples
 * of wrong links and missed links. {@code -Druns=N} matches the same records N times in the one JVM and prints each
 * run's phases: the first run pays for compiling the engine (the JIT), as a match step in a fresh JVM does, the later
 * ones show what the same work costs once compiled.
 */
public final class MatchBenchmark {

    private MatchBenchmark() {
    }

    public static void main(String[] args) {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean errors = args.length > 1 && args[1].equals("errors");
        long t0 = System.nanoTime();
        SyntheticPopulation.Population p = SyntheticPopulation.generate(children, 7);
        System.out.printf(Locale.ROOT, "generated %,d children, %,d records in %.1f s%n", p.children(),
                p.records().size(), (System.nanoTime() - t0) / 1e9);
        System.gc();
        long inputHeap = usedHeap();
        resetPeaks();
        AtomicLong next = new AtomicLong();
        Matcher matcher = new Matcher((phase, ms) -> System.out.printf(Locale.ROOT, "  %-24s %6d ms%n", phase, ms));
        MatchSettings defaults = MatchSettings.defaults();
        MatchSettings settings = defaults.withThresholds(
                Double.parseDouble(System.getProperty("upper", String.valueOf(defaults.upperThreshold()))),
                Double.parseDouble(System.getProperty("lower", String.valueOf(defaults.lowerThreshold()))));
        int runs = Integer.getInteger("runs", 1);
        MatchResult result = null;
        double seconds = 0;
        for (int run = 1; run <= runs; run++) {
            if (runs > 1) {
                System.out.printf(Locale.ROOT, "run %d of %d%n", run, runs);
                next.set(0);
            }
            long t1 = System.nanoTime();
            result = matcher.match(p.records(), PreviousLinks.none(), ReviewDecisions.none(), settings,
                    () -> "C" + next.incrementAndGet());
            seconds = (System.nanoTime() - t1) / 1e9;
            if (runs > 1) {
                System.out.printf(Locale.ROOT, "run %d: %.2f s%n", run, seconds);
            }
        }
        long peak = peakHeap();
        System.out.printf(Locale.ROOT, "matched in %.2f s on %d threads; heap: input %,d MB, peak during run %,d MB,"
                + " max %,d MB%n", seconds, settings.parallelism(), inputHeap >> 20, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println(result.stats());
        PairwiseScorer.Score score = PairwiseScorer.score(labels(result), p.truth());
        System.out.println(score);
        System.out.println("priors " + result.priors());
        result.parameters().stream().filter(f -> !f.sources().equals("school-school"))
                .forEach(f -> System.out.printf(Locale.ROOT, "  %-13s %-10s %-15s m=%.5f u=%.7f w=%+.2f %s%n",
                        f.sources(), f.field(), f.level(), f.m(), f.u(), f.weight(), f.mSource()));
        if (errors) {
            new MatchErrors(p, result).print(25);
        }
    }

    static int[] labels(MatchResult result) {
        Map<String, Integer> ids = new HashMap<>();
        List<RecordLink> links = result.links();
        int[] out = new int[links.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(links.get(i).childId(), k -> ids.size());
        }
        return out;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
