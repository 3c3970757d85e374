package dev.exobindings.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Which CSDL ({@code $metadata}) the {@code translate} goal reads: the one given with {@code <csdl>}; else the one
 * this project's {@code generate} execution for the same snapshot reads, so that the translation's enum values and
 * {@code Select-Object} models are those of the bindings it imports; else the bundled Exchange Online one (null).
 */
final class TranslateCsdl {
    private TranslateCsdl() {
    }

    /** The checked CSDL file, or null for the bundled one. Relative paths start at {@code base}. */
    static Path resolve(File configured, MavenProject project, String snapshot, Path base)
            throws MojoFailureException {
        if (configured != null) {
            return read(configured.toPath(), base);
        }
        // null stands for an execution that reads the bundled CSDL
        Set<String> generated = new LinkedHashSet<>();
        for (GenerateExecutions.Execution execution : GenerateExecutions.readingSnapshot(project, snapshot)) {
            generated.add(execution.setting("csdl"));
        }
        if (generated.size() > 1) {
            throw new MojoFailureException("The generate goal of this project generates the bindings of " + snapshot
                    + " with different CSDL files " + generated.stream().map(c -> c == null ? "(bundled)" : c).toList()
                    + "; translate needs one. Fix: -Dexo-bindings.csdl=<the file of the bindings you translate for>.");
        }
        String fromGenerate = generated.isEmpty() ? null : generated.iterator().next();
        // the generate execution's <csdl>: relative to the project, as the generate goal reads it
        return fromGenerate == null ? null : read(Path.of(fromGenerate), project.getBasedir().toPath());
    }

    private static Path read(Path file, Path base) throws MojoFailureException {
        return CsdlInput.read(file.isAbsolute() ? file : base.resolve(file), "csdl").file();
    }
}
