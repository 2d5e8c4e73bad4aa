package cn.recon.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes every output of a quarter from {@link SyntheticFlags} into a directory: used by the streaming test in a
 * JVM with a small heap, and by hand ({@code args: DIR N}) to look at the workbooks.
 */
public final class WriteAllMain {

    private WriteAllMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        List<ReportFile> files = writeAll(dir, n, MaskingSettings.defaults());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (ReportFile f : files) {
            System.out.println(f.path().getFileName() + " rows=" + f.rows() + " children=" + f.children()
                    + " bytes=" + Files.size(f.path()));
        }
        System.out.println("flags=" + n + " millis=" + ms + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1 << 20));
    }

    static List<ReportFile> writeAll(Path dir, int n, MaskingSettings m) {
        Iterable<FlagLine> flags = SyntheticFlags.flags(n);
        LocalDate ref = LocalDate.of(2026, 9, 30);
        String q = SyntheticFlags.QUARTER;
        List<ReportFile> out = new java.util.ArrayList<>();
        timed(out, () -> CsvOutput.writeFlags(dir.resolve("flags.csv"), flags));
        timed(out, () -> DataOfficerWorkbook.write(dir.resolve(DataOfficerWorkbook.fileName(q)),
                SyntheticFlags.notes(List.of(RunNotes.InputFile.of("hukou", dir.resolve("flags.csv")))),
                SyntheticFlags.townships(), SyntheticFlags.quality(), flags, m));
        timed(out, () -> RecipientList.education(dir, q, ref, m).writeAll(flags));
        timed(out, () -> RecipientList.unregistered(dir, q, ref, m).writeAll(flags));
        timed(out, () -> RecipientList.overdueVisits(dir, q, ref, m).writeAll(flags));
        return out;
    }

    private static void timed(List<ReportFile> out, java.util.function.Supplier<ReportFile> writer) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        ReportFile f = writer.get();
        System.out.println("  " + f.path().getFileName() + " millis=" + (System.nanoTime() - t0) / 1_000_000
                + " cpuMillis=" + (mx.getCurrentThreadCpuTime() - c0) / 1_000_000);
        out.add(f);
    }
}
