package dev.exobindings.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code exo-bindings}: the project's command line tool, one runnable jar ({@code java -jar exo-bindings.jar}).
 *
 * <p>Exit codes, the same for every subcommand: {@value #OK} ok, {@value #FINDINGS} findings (e.g. a diff found
 * changes), {@value #USAGE} wrong command line, {@value #FAILURE} the work failed. A user's mistake prints one
 * message naming the problem and the fix; {@code --verbose} adds the stack trace.
 */
@Command(name = "exo-bindings", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Typed Java bindings for Exchange Online cmdlets: generate, compare snapshots, import catalogs,"
                + " capture a tenant, translate PowerShell, simulate the service.",
        subcommands = {GenerateCommand.class, DiffCommand.class, ImportCommand.class, CaptureCommand.class,
                TranslateCommand.class, SimulateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:findings (e.g. diff found changes)", "2:usage error", "3:failure"})
public final class ExoBindingsCli implements Runnable {
    /** Success. */
    public static final int OK = 0;
    /** The command ran and found something the caller should act on. */
    public static final int FINDINGS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The work failed. */
    public static final int FAILURE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Entry point of the jar. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(new CliContext(out, err, CliContext.untilShutdown()), args));
    }

    /** Runs one command line; returns the exit code (tests call this directly). */
    public static int run(CliContext context, String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine commandLine = new CommandLine(new ExoBindingsCli(), new ContextFactory(context))
                .setOut(context.out())
                .setErr(context.err())
                .setExecutionExceptionHandler(new FailureHandler(verbose));
        commandLine.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        CommandLine.IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            int exit = usage.handleParseException(e, arguments);
            TranslateCommand.unquotedLineHint(e).ifPresent(hint -> e.getCommandLine().getErr().println(hint));
            return exit;
        });
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpWidth(120);
        int code = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: use one of "
                + String.join(", ", spec.subcommands().keySet()) + " (exo-bindings <command> --help for each)");
    }
}
