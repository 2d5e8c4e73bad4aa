package cn.recon.cli;

import cn.recon.generate.CountyGenerator;
import cn.recon.generate.GenerateSettings;
import cn.recon.generate.ProvinceGenerator;
import cn.recon.ingest.IngestParameters;
import cn.recon.jobs.JobRunner;
import cn.recon.person.Quarter;
import cn.recon.source.ExtractFolder;
import cn.recon.source.Source;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code recon benchmark}: generates a county or a province (or reuses one), then runs ingest, match, flag and report
 * as separate jobs on a fresh database and prints time, rows per second and peak heap of each, plus Commons CSV
 * parsing alone of the same CSV files for comparison. Later phases can be rerun on the newest run's database, and
 * repeated in the same JVM. The figures quoted in the README come from this command.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure the quarterly run on a generated county: time, rows/s and peak heap per phase.")
class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--children", defaultValue = "100000", description = "Children in the generated county.")
    int children;

    @Option(names = "--county", defaultValue = "532823", description = "County code of the generated county.")
    String county;

    @Option(names = "--province", description = "Instead of one county: a 2-digit province code (e.g. 53), the "
            + "children spread over its counties, as a province-wide export would hold them.")
    String province;

    @Option(names = "--work", defaultValue = "bench", description = "Work folder (generated data and output).")
    Path work;

    @Option(names = "--from", defaultValue = "ingest", description = "First phase to run: ingest, match, flag or "
            + "report. A later phase reuses the database of the newest earlier run in the work folder.")
    String from;

    @Option(names = "--to", defaultValue = "report", description = "Last phase to run (with --from, one phase alone "
            + "can be rerun for profiling: --from match --to match).")
    String to;

    @Option(names = "--quarter", defaultValue = "2026Q2", description = "Quarter of the generated extracts.")
    String quarter;

    @Option(names = "--seed", defaultValue = "" + GenerateSettings.DEFAULT_SEED, description = "Random seed of the "
            + "generated county or province (jobs/bench/duke/run.sh's county is --seed 7 --quarter 2026Q3).")
    long seed;

    @Option(names = "--repeat", defaultValue = "1", description = "Run the phases from --from to --to this many times "
            + "in this JVM (not with ingest): the first run pays for compiling the code, as in a fresh JVM; the "
            + "later ones run it compiled, as the scheduler's JVM does after its first nightly status refresh.")
    int repeat;

    @Mixin
    DatabaseOptions db;

    private static final List<String> PHASES = List.of("ingest", "match", "flag", "report");

    @Override
    public Integer call() throws Exception {
        int first = PHASES.indexOf(from);
        if (first < 0) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--from: one of " + PHASES);
        }
        int last = PHASES.indexOf(to);
        if (last < first) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--to: one of " + PHASES
                    + ", not before --from");
        }
        if (repeat < 1 || repeat > 1 && first == 0) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--repeat: at least 1, "
                    + "and more than 1 only from match on (ingest would load the same files again)");
        }
        Quarter q = Quarter.parse(quarter);
        // a fresh embedded database per run, with the configured URL options (cache size…); a rerun's is found first,
        // so that a rerun without one fails before anything is generated
        Path h2 = db.mysql ? null : first == 0 ? work.resolve("db").resolve("bench-" + System.currentTimeMillis())
                : newestRun();
        Path data = work.resolve((province != null ? "province-" + province + "-" + children
                : "county-" + county + "-" + children) + (seed == GenerateSettings.DEFAULT_SEED ? "" : "-seed" + seed));
        if (!Files.isDirectory(data.resolve(q.toString()))) {
            // generated beside its place and moved in when complete: an interrupted generation is never reused
            long t0 = System.nanoTime();
            Path partial = work.resolve(data.getFileName() + ".partial");
            FileSystemUtils.deleteRecursively(partial);
            if (province != null) {
                ProvinceGenerator.generate(province, children, q, 1, seed, partial);
            } else {
                CountyGenerator.generate(new GenerateSettings(county, children, q, 1, seed, partial));
            }
            FileSystemUtils.deleteRecursively(data);
            Files.move(partial, data);
            System.out.printf("generated %,d children in %.1f s: %s%n", children, secs(t0), data);
        }
        Path qd = data.resolve(q.toString());
        Map<Source, Path> files = ExtractFolder.extracts(qd);
        for (Map.Entry<Source, Path> e : files.entrySet()) {
            if (e.getValue().toString().endsWith(".csv")) {
                parseOnly(e.getKey(), e.getValue());
            }
        }
        String dbName = db.mysql ? "MySQL/MariaDB" : "H2 (embedded, " + work.resolve("db") + ")";
        Map<String, Object> props = db.mysql ? Map.of() : Map.of("recon.data-dir", h2.toAbsolutePath().toString());
        System.out.println("database: " + dbName + "; " + Jvm.summary());
        try (var ctx = AppContext.start(db, props)) {
            if (db.mysql) {
                var jdbc = ctx.getBean(JdbcTemplate.class);
                Integer loaded = jdbc.queryForObject("SELECT COUNT(*) FROM ingest_file", Integer.class);
                if (first == 0 && loaded != null && loaded > 0) {
                    // the generated files would be found already loaded, and nothing measured
                    throw new IllegalStateException("benchmark --mysql needs an empty database, and this one holds "
                            + loaded + " loaded files: point RECON_DB_URL at a new one (e.g. "
                            + "jdbc:mysql://127.0.0.1:3306/recon_bench?createDatabaseIfNotExist=true) or drop it");
                }
                // the server's buffer pool decides how much of a province's tables stay in memory: say which it was
                Long pool = jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class);
                System.out.println("innodb_buffer_pool_size: " + (pool == null ? "?" : (pool >> 20) + " MiB"));
            }
            JobRunner runner = ctx.getBean(JobRunner.class);
            long run = System.currentTimeMillis();
            JobParameters ingest = new IngestParameters(q, files, Map.of()).addTo(new JobParametersBuilder())
                    .addLong("run", run).toJobParameters();
            for (int round = 1; round <= repeat; round++) {
                if (repeat > 1) {
                    System.out.printf("round %d of %d%n", round, repeat);
                }
                // each round its own job instances: a match rerun clears the links of the one before
                JobParameters quarterly = new JobParametersBuilder().addString("quarter", q.toString())
                        .addLong("run", run + round - 1)
                        .addString("outDir", work.resolve("out").toAbsolutePath().toString()).toJobParameters();
                long total = System.nanoTime();
                for (int i = first; i <= last; i++) {
                    phase(runner, ctx.getBean(PHASES.get(i) + "Job", Job.class), i == 0 ? ingest : quarterly);
                }
                System.out.printf(first == 0 && last == PHASES.size() - 1 ? "whole quarterly run: %.1f s%n"
                        : "phases " + from + " to " + to + ": %.1f s%n", secs(total));
            }
        }
        return 0;
    }

    private Path newestRun() throws java.io.IOException {
        if (!Files.isDirectory(work.resolve("db"))) {
            throw new IllegalStateException("--from " + from + ": no earlier run in " + work.resolve("db")
                    + " (run the benchmark from ingest first, e.g. with --to ingest)");
        }
        try (var runs = Files.list(work.resolve("db"))) {
            return runs.filter(p -> p.getFileName().toString().startsWith("bench-")).max(Path::compareTo)
                    .orElseThrow(() -> new IllegalStateException("--from " + from + ": no earlier run in "
                            + work.resolve("db")));
        }
    }

    private static void phase(JobRunner runner, Job job, JobParameters params) throws Exception {
        resetPeaks();
        double cpu0 = processCpuSeconds();
        double gc0 = gcPauseSeconds();
        long t0 = System.nanoTime();
        JobExecution e = runner.run(job, params).execution();
        double s = secs(t0);
        if (e.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException(job.getName() + " ended " + e.getStatus() + ": "
                    + e.getAllFailureExceptions());
        }
        System.out.printf("%-10s %7.1f s   peak heap <= %,6d MiB (sum of the heap pools' peaks)   "
                + "CPU %.1f s (this process, all threads)   GC %.1f s%n", job.getName(), s, peakHeapMiB(),
                processCpuSeconds() - cpu0, gcPauseSeconds() - gc0);
        for (StepExecution se : e.getStepExecutions()) {
            long rows = se.getWriteCount() + se.getFilterCount();
            double ss = (se.getEndTime() == null || se.getStartTime() == null) ? 0
                    : java.time.Duration.between(se.getStartTime(), se.getEndTime()).toMillis() / 1000.0;
            System.out.printf("  %-20s %7.1f s  %,10d rows read  %,10.0f rows/s%n", se.getStepName(), ss,
                    se.getReadCount(), ss > 0 ? se.getReadCount() / ss : 0.0);
        }
    }

    private static void parseOnly(Source source, Path file) throws Exception {
        Charset cs = detect(file);
        long t0 = System.nanoTime();
        long rows = 0;
        try (Reader r = Files.newBufferedReader(file, cs)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
                rows += rec.size() > 0 ? 1 : 0;
            }
        }
        double s = secs(t0);
        System.out.printf("Commons CSV parse only, %-6s %,10d rows in %5.1f s = %,10.0f rows/s%n", source.key(),
                rows, s, rows / s);
    }

    private static Charset detect(Path file) throws java.io.IOException {
        byte[] head = new byte[3];
        try (var in = Files.newInputStream(file)) {
            int n = in.read(head);
            return n == 3 && (head[0] & 0xff) == 0xEF ? Charset.forName("UTF-8") : Charset.forName("GB18030");
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /**
     * CPU time of this process, every thread (GC included), in seconds, beside the time on the clock: how much of the
     * two cores a phase kept busy. On a shared machine it varies too (the same report job took 27 to 41 s of CPU in
     * three runs), so compare runs made one after another. NaN where the JVM does not tell.
     */
    private static double processCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** Time the collectors report as spent collecting (for the parallel collector: its pauses), in seconds. */
    private static double gcPauseSeconds() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms / 1000.0;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
