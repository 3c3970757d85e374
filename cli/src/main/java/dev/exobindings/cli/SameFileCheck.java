package dev.exobindings.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Refuses, as a usage error (exit 2) before anything is written, a command line whose output file is one of its
 * own input files ({@code diff old.json new.json --json new.json}): writing it would replace the input. Two paths
 * are the same file when {@link Files#isSameFile} says so (both exist: links and case-insensitive file systems
 * included), else when their normalized absolute forms are equal.
 */
final class SameFileCheck {
    private record Named(String option, Path path, String fix) {
    }

    private final CommandLine commandLine;
    private final List<Named> inputs = new ArrayList<>();
    private final List<Named> outputs = new ArrayList<>();

    private SameFileCheck(CommandLine commandLine) {
        this.commandLine = commandLine;
    }

    static SameFileCheck of(CommandLine commandLine) {
        return new SameFileCheck(commandLine);
    }

    /** An input file, named as on the command line ({@code NEW}, {@code --catalog}); ignored when null. */
    SameFileCheck input(String option, Path path) {
        if (path != null) {
            inputs.add(new Named(option, path, null));
        }
        return this;
    }

    /** An output file; the fix defaults to giving {@code option} another file. Ignored when null. */
    SameFileCheck output(String option, Path path) {
        return output(option, path, "give " + option + " another file");
    }

    /** An output file with the words of its fix. Ignored when null. */
    SameFileCheck output(String option, Path path, String fix) {
        if (path != null) {
            outputs.add(new Named(option, path, fix));
        }
        return this;
    }

    /** Throws the usage error for the first output that is an input. */
    void check() {
        for (Named out : outputs) {
            for (Named in : inputs) {
                if (same(out.path(), in.path())) {
                    throw new CommandLine.ParameterException(commandLine, out.option() + " and " + in.option()
                            + " name the same file, " + in.path().toAbsolutePath().normalize() + ": writing "
                            + out.option() + " would replace the input, so nothing was written. Fix: " + out.fix());
                }
            }
        }
    }

    /** Whether the two paths are one file. */
    static boolean same(Path a, Path b) {
        Path x = a.toAbsolutePath().normalize();
        Path y = b.toAbsolutePath().normalize();
        if (Files.exists(x) && Files.exists(y)) {
            try {
                return Files.isSameFile(x, y);
            } catch (IOException e) {
                return x.equals(y);
            }
        }
        return x.equals(y);
    }
}
