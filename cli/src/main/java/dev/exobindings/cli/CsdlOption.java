package dev.exobindings.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --csdl FILE} (a picocli mixin): the service's {@code $metadata} to take the result models from, e.g. the
 * {@code <name>.metadata.xml} a capture wrote beside its snapshot. The same setting as the plugin's {@code <csdl>}, so
 * that bindings generated and lines translated from one capture agree.
 */
final class CsdlOption {
    @Option(names = "--csdl", paramLabel = "FILE",
            description = "The service's $metadata (OData CSDL) for the result models and enum values, e.g. the"
                    + " <name>.metadata.xml a capture wrote. Default: the bundled Exchange Online one.")
    Path file;

    /** The file given, checked to be one; null when none was given (the bundled CSDL). */
    Path resolve() {
        return file == null ? null : checked(file, "--csdl");
    }

    /** {@code file}, absolute, once it is known to be a file; else a user error naming {@code option} and the fix. */
    static Path checked(Path file, String option) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new UserError("CSDL file " + absolute + " (" + option + ") does not exist. Fix: correct the path (a"
                    + " capture writes it beside its snapshot as <name>.metadata.xml), or leave " + option + " out to"
                    + " use the bundled Exchange Online CSDL");
        }
        if (Files.isDirectory(absolute)) {
            throw new UserError("CSDL " + absolute + " (" + option + ") is a directory. Fix: name the $metadata XML"
                    + " file itself");
        }
        return absolute;
    }

    /** The summary's words for where the result models came from: empty for the bundled CSDL. */
    String label() {
        return file == null ? "" : " with the CSDL " + file;
    }
}
