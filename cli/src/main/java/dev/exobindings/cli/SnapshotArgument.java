package dev.exobindings.cli;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.io.SnapshotReader;
import dev.exobindings.metadata.model.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;

/** A snapshot named on the command line: a bundled name ({@code exchange-online}) or a snapshot file. */
record SnapshotArgument(String label, Snapshot snapshot) {

    /** Bundled names win; anything else is a file path. */
    static SnapshotArgument resolve(String value, String option) {
        if (BundledSnapshots.names().contains(value)) {
            return new SnapshotArgument("bundled:" + value, BundledSnapshots.load(value));
        }
        Path file = Path.of(value);
        if (!Files.exists(file)) {
            throw new UserError("snapshot file " + file.toAbsolutePath().normalize() + " (" + option
                    + ") does not exist. Fix: correct the path, or use a bundled snapshot: "
                    + String.join(", ", BundledSnapshots.names()));
        }
        if (Files.isDirectory(file)) {
            throw new UserError("snapshot " + file.toAbsolutePath().normalize() + " (" + option
                    + ") is a directory. Fix: name the snapshot JSON file itself");
        }
        return new SnapshotArgument(value, SnapshotReader.read(file));
    }
}
