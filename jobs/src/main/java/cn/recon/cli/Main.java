package cn.recon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code recon} command line. Exit status: 0 success (rejected rows are reported, not fatal), 1 the job or
 * command failed (one-line reason on stderr), 2 bad usage.
 */
@Command(name = "recon", mixinStandardHelpOptions = true, version = "recon 0.1.0",
        description = "Quarterly reconciliation of the civil-affairs roster, school registration and household "
                + "registration of a county's children.",
        subcommands = {RunCommand.class, DemoCommand.class, IngestCommand.class, FilesCommand.class,
            GenerateCommand.class, BenchmarkCommand.class, SchedulerCommand.class, ScheduleCommand.class,
            JobsCommand.class, ReviewCommand.class, ExplainCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit status (used by tests too). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            Throwable root = ex;
            while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
                root = root.getCause();
            }
            cmd.getErr().println("recon: " + oneLine(root));
            // a value the command could not use (a quarter like 2026Q9, a file that is not there) is bad usage
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("recon: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return cl.execute(args);
    }

    static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replace('\n', ' ').strip();
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
