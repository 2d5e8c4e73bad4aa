package cn.recon.cli;

import java.lang.management.ManagementFactory;

/** What the JVM was started with, as logs and benchmarks report it (./recon chooses the JIT by the run's size). */
final class Jvm {

    private Jvm() {
    }

    /** "C1 only" when started with {@code -XX:TieredStopAtLevel=1..3}, else "tiered (C1, then C2)". */
    static String compiler() {
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.matches("-XX:TieredStopAtLevel=[123]")) {
                return "C1 only";
            }
        }
        return "tiered (C1, then C2)";
    }

    /** Whether the heap was asked to use transparent huge pages ({@code -XX:+UseTransparentHugePages}). */
    static boolean hugePages() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+UseTransparentHugePages");
    }

    /** One line: Java version, cores, max heap (and its huge pages) and JIT. */
    static String summary() {
        return "Java " + Runtime.version().feature() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB"
                + (hugePages() ? " on transparent huge pages" : "") + ", JIT " + compiler();
    }
}
