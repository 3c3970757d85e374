package dev.exobindings.generator.translate;

import java.util.List;

/**
 * A parsed command line: the command name and its arguments in written order.
 *
 * @param name      the command as written, e.g. {@code Set-Mailbox}
 * @param arguments arguments in written order
 */
public record PsCommand(String name, List<PsArgument> arguments) {
    public PsCommand {
        arguments = List.copyOf(arguments);
    }
}
