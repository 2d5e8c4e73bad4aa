package cn.recon.cli;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT as events for a long-lived command, instead of the JVM's immediate shutdown (which runs every
 * shutdown hook at once). Where the signals cannot be handled, the JVM's default stays and shutdown hooks apply.
 */
final class Signals {

    private Signals() {
    }

    static void onTerminate(Runnable action) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), s -> action.run());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // e.g. the JVM runs with -Xrs: its default handling (shutdown hooks) stays
            }
        }
    }
}
