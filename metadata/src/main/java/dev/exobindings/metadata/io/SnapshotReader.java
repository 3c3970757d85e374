package dev.exobindings.metadata.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.metadata.model.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a snapshot file (format version 1), validates it with {@link SnapshotValidator} and returns the model.
 * Every problem — unreadable file, malformed JSON (with line and column), invalid content (with JSON path) — is a
 * {@link SnapshotException} whose message names the file and the fix.
 */
public final class SnapshotReader {
    private SnapshotReader() {
    }

    /** Reads and validates the snapshot at {@code file}. */
    public static Snapshot read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new SnapshotException(file.toString(), "file", "no such file",
                    "check the path, or regenerate the snapshot", e);
        } catch (IOException e) {
            throw new SnapshotException(file.toString(), "file", "cannot read: " + e.getMessage(),
                    "check the file's permissions", e);
        }
    }

    /**
     * Reads and validates a snapshot from a stream (not closed here).
     *
     * @param sourceName names the input in error messages (a file or resource name)
     */
    public static Snapshot read(String sourceName, InputStream in) {
        JsonNode root = parse(sourceName, notXml(sourceName, in));
        notACatalog(sourceName, root);
        SnapshotValidator.validate(sourceName, root);
        return SnapshotDecoder.decode(root);
    }

    /**
     * Reads a snapshot that was validated when its jar was built (the bundled ones: {@code BundledSnapshotsTest}
     * runs every one through {@link #read(String, InputStream)}), so the validator's walk is not repeated on every
     * cold start. Anything else goes through {@link #read(String, InputStream)}.
     */
    public static Snapshot readValidatedAtBuild(String sourceName, InputStream in) {
        return SnapshotDecoder.decode(parse(sourceName, in));
    }

    /**
     * A module catalog (go-exoscc extractor shape: no header, cmdlets named by {@code "cmdlet"}) handed over as a
     * snapshot gets its own message: it is a different document, and importing it is one command away.
     */
    private static void notACatalog(String sourceName, JsonNode root) {
        JsonNode first = root.path(SnapshotFields.CMDLETS).path(0);
        boolean catalogShape = root.isObject() && !root.has(SnapshotFields.HEADER)
                && (root.has("generatedFrom") || root.has("cmdletCount") || first.has("cmdlet"));
        if (catalogShape) {
            throw new SnapshotException(sourceName, "$", "this is a module catalog, not a snapshot",
                    "import it with mvn exo-bindings:import -Dexo-bindings.import.catalog=" + sourceName
                            + " -Dexo-bindings.import.product=<exchange-online|security-compliance>"
                            + " -Dexo-bindings.import.name=<name> -Dexo-bindings.import.captureDate=<yyyy-MM-dd>"
                            + " -Dexo-bindings.import.sources=catalog:<owner/repo>:<commit>:<path>:<licence>"
                            + " (or exo-bindings import --catalog " + sourceName + " --product … --name …"
                            + " --capture-date … --source catalog:…, or SnapshotImporter.run in Java) and point"
                            + " generate at the snapshot it writes");
        }
    }

    /**
     * {@code input}, ready to parse, unless it is XML: a capture writes its {@code $metadata} beside its snapshot, and
     * handing that over instead gets its own message rather than the parser's "Unexpected character '<'". (The
     * bundled snapshots, read through {@link #readValidatedAtBuild}, skip this look.)
     */
    private static InputStream notXml(String sourceName, InputStream input) {
        InputStream in = DocumentKind.rewindable(input);
        try {
            if (DocumentKind.peek(in) == DocumentKind.XML) {
                throw new SnapshotException(sourceName, "line 1", "this is an XML document (the service's $metadata"
                        + " a capture writes beside its snapshot?), not a snapshot",
                        "give the snapshot JSON file (<name>.json); a $metadata file goes to --csdl or <csdl>");
            }
        } catch (IOException e) {
            throw new SnapshotException(sourceName, "stream", "cannot read: " + e.getMessage(), "check the input", e);
        }
        return in;
    }

    private static JsonNode parse(String sourceName, InputStream in) {
        try {
            JsonNode root = JsonTreeReader.read(in);
            if (root == null) {
                throw new SnapshotException(sourceName, "line 1, column 1", "the input is empty",
                        "supply a snapshot JSON document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "unknown position" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new SnapshotException(sourceName, where, "invalid JSON: " + JsonErrors.describe(e),
                    "correct the JSON syntax at that position", e);
        } catch (IOException e) {
            throw new SnapshotException(sourceName, "stream", "cannot read: " + e.getMessage(),
                    "check the input", e);
        }
    }
}
