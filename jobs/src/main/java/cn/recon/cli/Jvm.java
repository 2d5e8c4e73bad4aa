package cn.recon.cli;

import java.lang.management.ManagementFactory;
import java.util.List;

/** What the JVM was started with, as logs and benchmarks report it (./recon chooses the JIT by the run's size). */
final class Jvm {

    private Jvm() {
    }

    /** One line: Java version, cores, max heap (and its huge pages) and JIT. */
    static String summary() {
        List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean c1 = args.stream().anyMatch(a -> a.matches("-XX:TieredStopAtLevel=[123]"));
        return "Java " + Runtime.version().feature() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB"
                + (args.contains("-XX:+UseTransparentHugePages") ? " on transparent huge pages" : "")
                + ", JIT " + (c1 ? "C1 only" : "tiered (C1, then C2)");
    }
}
