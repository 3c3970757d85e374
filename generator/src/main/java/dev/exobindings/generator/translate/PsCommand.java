package dev.exobindings.generator.translate;

import java.util.List;

/**
 * A parsed command line: the command name and its arguments in written order.
 *
 * @param name      the command as written, e.g. {@code Set-Mailbox}
 * @param arguments arguments in written order
 * @param select    a last pipeline stage that only picks properties ({@code | Select-Object A,B}), or null
 * @param outputDiscarded whether the command ends in {@code | Out-Null}
 */
public record PsCommand(String name, List<PsArgument> arguments, PsSelect select, boolean outputDiscarded) {
    public PsCommand {
        arguments = List.copyOf(arguments);
    }

    /** A command whose output is kept. */
    public PsCommand(String name, List<PsArgument> arguments, PsSelect select) {
        this(name, arguments, select, false);
    }

    /** A command without a pipeline. */
    public PsCommand(String name, List<PsArgument> arguments) {
        this(name, arguments, null);
    }
}
