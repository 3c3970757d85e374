package dev.exobindings.metadata.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.metadata.model.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes snapshots deterministically: fixed member order, two-space indentation, LF line ends, a trailing newline,
 * UTF-8, no timestamps. The same snapshot always gives the same bytes. The snapshot is validated first and written
 * through a temporary file that is then moved into place, so a failure never leaves a half-written file.
 */
public final class SnapshotWriter {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private SnapshotWriter() {
    }

    /** The snapshot as JSON text, exactly as {@link #write} stores it. */
    public static String toJson(Snapshot snapshot) {
        ObjectNode tree = SnapshotEncoder.encode(snapshot);
        SnapshotValidator.validate(snapshot.header().name() + " (in memory)", tree);
        try {
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates and atomically writes the snapshot to {@code file}, creating parent folders. */
    public static void write(Snapshot snapshot, Path file) {
        writeAtomically(file, toJson(snapshot));
    }

    /**
     * Writes UTF-8 text to {@code file} through a temporary file in the same folder and an atomic move.
     * Used for the snapshot and for reports written beside it.
     */
    public static void writeAtomically(Path file, String text) {
        if (Files.isDirectory(file)) {
            throw new SnapshotException(file.toString(), "file", "is a folder, not a file",
                    "give the path of the file to write, not of a folder (the file is created, its folder too)");
        }
        try {
            AtomicFiles.writeString(file, text);
        } catch (IOException e) {
            throw new SnapshotException(file.toString(), "file", "cannot write: " + e.getMessage(),
                    "check that the folder exists and is writable", e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
