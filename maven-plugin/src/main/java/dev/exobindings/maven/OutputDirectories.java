package dev.exobindings.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;

/** Makes sure the output directory exists and can be written, before any work is done. */
final class OutputDirectories {
    private OutputDirectories() {
    }

    static void ensureWritable(Path directory) throws MojoFailureException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new MojoFailureException("Cannot create the output directory " + directory + " ("
                    + describe(e) + "). Fix: set <outputDirectory> to a folder that can be created and written.");
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new MojoFailureException("The output directory " + directory + " is not writable. Fix: set "
                    + "<outputDirectory> to a writable folder, or fix its permissions.");
        }
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
