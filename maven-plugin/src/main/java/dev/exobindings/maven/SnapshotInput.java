package dev.exobindings.maven;

import dev.exobindings.metadata.io.SnapshotException;
import dev.exobindings.metadata.io.SnapshotReader;
import dev.exobindings.metadata.model.Snapshot;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The raw bytes of a snapshot plus a label naming where they came from. The bytes are what the fingerprint hashes,
 * so an up-to-date check never needs to parse the snapshot.
 *
 * @param label   a bundled snapshot's name ({@code bundled:exchange-online}) or the file's path
 * @param content the snapshot file's bytes
 */
record SnapshotInput(String label, byte[] content) {
    SnapshotInput {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(content, "content");
    }

    /** Parses and validates the snapshot; an invalid snapshot fails the build with the reader's message. */
    Snapshot parse() throws MojoFailureException {
        try {
            return SnapshotReader.read(label, new ByteArrayInputStream(content));
        } catch (SnapshotException e) {
            throw new MojoFailureException("Invalid snapshot " + e.getMessage());
        }
    }
}
