package dev.exobindings.cli;

import picocli.CommandLine.Option;

/** {@code --snapshot NAME|FILE} (a picocli mixin) for the commands that work on one snapshot. */
final class SnapshotOption {
    @Option(names = "--snapshot", paramLabel = "NAME|FILE", defaultValue = "exchange-online",
            description = "A bundled snapshot (exchange-online, security-compliance) or a snapshot file."
                    + " Default: ${DEFAULT-VALUE}.")
    String value;

    /** The snapshot named, read (a missing or malformed file is a failure with the fix). */
    SnapshotArgument resolve() {
        return SnapshotArgument.resolve(value, "--snapshot");
    }
}
