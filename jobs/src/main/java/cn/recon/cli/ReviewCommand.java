package cn.recon.cli;

import cn.recon.match.ReviewDecisions;
import cn.recon.match.ReviewStore;
import cn.recon.report.ReportAudit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code recon review}: the pairs the matcher was unsure of, for a data officer to decide. A decision applies to the
 * pair in every later run (run the quarter again with {@code run --again} to see its effect now).
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Uncertain matches: list them with both records and the evidence, accept or reject them.",
        subcommands = {ReviewCommand.ListItems.class, ReviewCommand.Accept.class, ReviewCommand.Reject.class})
class ReviewCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Open review items (or --status).")
    static class ListItems implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @picocli.CommandLine.Option(names = "--status", defaultValue = "OPEN",
                description = "OPEN (default), ACCEPTED or REJECTED.")
        String status;

        @Override
        public Integer call() {
            try (var ctx = AppContext.start(db)) {
                List<ReviewStore.Item> items = ctx.getBean(ReviewStore.class).list(status.toUpperCase());
                if (items.isEmpty()) {
                    System.out.println("No " + status.toLowerCase() + " review items.");
                }
                for (ReviewStore.Item i : items) {
                    System.out.printf("#%d  %s  probability %.3f%n  A: %s%n  B: %s%n  evidence: %s%n%n", i.id(),
                            i.quarter(), i.score(), i.recordA(), i.recordB(), i.evidence());
                }
                return 0;
            }
        }
    }

    /** What accept and reject share: the database, the item number, and recording the decision. */
    abstract static class Decide implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Parameters(paramLabel = "ID", description = "Review item number (from review list).")
        long id;

        abstract ReviewDecisions.Decision decision();

        @Override
        public Integer call() {
            return decide(db, id, decision());
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true, description = "The two records are the same child.")
    static class Accept extends Decide {
        @Override
        ReviewDecisions.Decision decision() {
            return ReviewDecisions.Decision.ACCEPT;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "The two records are different children.")
    static class Reject extends Decide {
        @Override
        ReviewDecisions.Decision decision() {
            return ReviewDecisions.Decision.REJECT;
        }
    }

    static int decide(DatabaseOptions db, long id, ReviewDecisions.Decision d) {
        try (var ctx = AppContext.start(db)) {
            ReviewStore store = ctx.getBean(ReviewStore.class);
            if (store.get(id).isEmpty()) {
                System.err.println("recon: no review item #" + id + " (see ./recon review list)");
                return 2;
            }
            store.decide(id, d, ReportAudit.who());
            System.out.println("Review item #" + id + ": " + (d == ReviewDecisions.Decision.ACCEPT ? "accepted"
                    : "rejected") + ". It applies from the next run (./recon run ... --again to apply it now).");
            return 0;
        }
    }
}
