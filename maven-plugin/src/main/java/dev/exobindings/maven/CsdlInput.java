package dev.exobindings.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The OData CSDL file ({@code $metadata}) given with {@code <csdl>}, e.g. the one a capture saved: its path, handed to
 * the generator, and its bytes, which the fingerprint hashes so that an edited CSDL regenerates.
 *
 * @param file    the absolute, normalised path
 * @param content the file's bytes
 */
record CsdlInput(Path file, byte[] content) {
    CsdlInput {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
    }

    /** Reads {@code file}; a missing, directory or unreadable file fails the build naming the path and the parameter. */
    static CsdlInput read(Path file, String parameterName) throws MojoFailureException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new MojoFailureException("CSDL file " + absolute + " (from <" + parameterName + ">) does not "
                    + "exist. Fix: correct the path (relative paths start at the project directory), or remove <"
                    + parameterName + "> to use the bundled Exchange Online CSDL.");
        }
        if (Files.isDirectory(absolute)) {
            throw new MojoFailureException("CSDL " + absolute + " (from <" + parameterName + ">) is a directory. "
                    + "Fix: point it at the $metadata XML file itself.");
        }
        try {
            return new CsdlInput(absolute, Files.readAllBytes(absolute));
        } catch (IOException e) {
            throw new MojoFailureException("CSDL file " + absolute + " (from <" + parameterName + ">) cannot be read: "
                    + e.getMessage() + ". Fix: check the file's permissions.");
        }
    }
}
