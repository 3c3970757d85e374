package dev.exobindings.cli;

import picocli.CommandLine.Option;

/**
 * Options every command takes (a picocli mixin). {@code --verbose} is read before parsing by
 * {@link ExoBindingsCli#run} so that even a failure while parsing can show its stack trace; declaring it here makes
 * it a known option of each command and lists it in each command's help.
 */
final class CommonOptions {
    @Option(names = "--verbose", description = "Show the stack trace of a failure.")
    boolean verbose;
}
