package dev.exobindings.maven;

import dev.exobindings.metadata.BundledSnapshots;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/** Finds the bytes of a snapshot given by file or by bundled name, with build-failing messages that say the fix. */
final class SnapshotInputs {
    private SnapshotInputs() {
    }

    /** A bundled snapshot by name ({@code exchange-online}, {@code security-compliance}). */
    static SnapshotInput bundled(String name, String parameterName) throws MojoFailureException, MojoExecutionException {
        if (!BundledSnapshots.names().contains(name)) {
            throw new MojoFailureException("Unknown bundled snapshot '" + name + "' in <" + parameterName
                    + ">. Fix: use one of " + String.join(", ", BundledSnapshots.names())
                    + ", or point <snapshot> at a snapshot file.");
        }
        String resource = BundledSnapshots.resourcePath(name);
        try (InputStream in = BundledSnapshots.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MojoExecutionException("The bundled snapshot " + resource + " is missing from "
                        + "exo-bindings-metadata on the plugin's classpath; check the plugin's dependencies.");
            }
            return new SnapshotInput("bundled:" + name, in.readAllBytes());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the bundled snapshot " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A snapshot file; a missing, directory or unreadable file fails the build naming the path and the parameter. */
    static SnapshotInput file(Path file, String parameterName) throws MojoFailureException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
            if (BundledSnapshots.names().contains(name)) {
                // <snapshot> takes a file only; a bundled name there is the other parameter's value
                throw new MojoFailureException("Snapshot file " + absolute + " (from <" + parameterName
                        + ">) does not exist; " + name + " is the name of a bundled snapshot. Fix: write <bundledSnapshot>"
                        + name + "</bundledSnapshot> (-Dexo-bindings.bundledSnapshot=" + name + ") instead of <"
                        + parameterName + ">.");
            }
            throw new MojoFailureException("Snapshot file " + absolute + " (from <" + parameterName
                    + ">) does not exist. Fix: correct the path (relative paths start at the project directory), "
                    + "or use a bundled snapshot: " + String.join(", ", BundledSnapshots.names()) + ".");
        }
        if (Files.isDirectory(absolute)) {
            throw new MojoFailureException("Snapshot " + absolute + " (from <" + parameterName
                    + ">) is a directory. Fix: point it at the snapshot JSON file itself.");
        }
        try {
            return new SnapshotInput(absolute.toString(), Files.readAllBytes(absolute));
        } catch (IOException e) {
            throw new MojoFailureException("Snapshot file " + absolute + " (from <" + parameterName
                    + ">) cannot be read: " + e.getMessage() + ". Fix: check the file's permissions.");
        }
    }

    /**
     * A value that is either a bundled name or a file path (the diff goal's {@code oldSnapshot}/{@code newSnapshot}).
     * Bundled names win; anything else is a path relative to {@code baseDirectory}.
     */
    static SnapshotInput nameOrFile(String value, Path baseDirectory, String parameterName)
            throws MojoFailureException, MojoExecutionException {
        if (value == null || value.isBlank()) {
            throw new MojoFailureException("<" + parameterName + "> is not set. Fix: give a snapshot file or one of "
                    + String.join(", ", BundledSnapshots.names()) + ".");
        }
        String trimmed = value.trim();
        if (BundledSnapshots.names().contains(trimmed)) {
            return bundled(trimmed, parameterName);
        }
        // Reports name the file as the user wrote it: stable across machines, unlike an absolute path.
        return new SnapshotInput(trimmed, file(baseDirectory.resolve(trimmed), parameterName).content());
    }
}
