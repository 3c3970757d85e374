package dev.exobindings.cli;

import dev.exobindings.capture.CaptureException;
import dev.exobindings.generator.GeneratorException;
import dev.exobindings.metadata.io.SnapshotException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns an exception from a command into one line on stderr and exit code {@link ExoBindingsCli#FAILURE}. Errors
 * that carry their own fix (bad snapshot, generator refusal, I/O) are shown as they are; anything else is a bug and
 * says so. {@code --verbose} adds the stack trace.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    private final boolean verbose;

    FailureHandler(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandName();
        if (e instanceof UserError || e instanceof SnapshotException || e instanceof GeneratorException
                || e instanceof CaptureException || e instanceof UncheckedIOException
                || e instanceof IllegalArgumentException) {
            err.println(name + ": error: " + e.getMessage());
        } else {
            err.println(name + ": internal error: " + e + (verbose ? "" : " (run with --verbose for the stack trace)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExoBindingsCli.FAILURE;
    }
}
