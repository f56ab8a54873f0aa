package paperwork.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. {@link #run} returns the exit code; only {@link #main} exits. With no
 * arguments it runs {@code build}, so {@code mvn -q compile exec:java} rebuilds everything.
 */
@Command(name = "paperwork",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns the standards texts in sources/ into a validated catalogue and the paperwork "
                + "a training centre runs on.",
        subcommands = {
                BuildCommand.class,
                CatalogueCommand.class,
                ValidateCommand.class,
                BenchCommand.class,
                CheckCommand.class,
                LearnersCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which command to run");
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        String[] effective = args.length == 0 ? new String[] {"build"} : args;
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpWidth(110); // the descriptions are written in lines of up to 110 characters
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // The one boundary for bugs and I/O failures: a message, never a stack trace.
            commandLine.getErr().println("paperwork: " + ex);
            return 2;
        });
        return cl.execute(effective);
    }

    public static void main(String[] args) {
        int code = run(args);
        System.exit(code);
    }
}
