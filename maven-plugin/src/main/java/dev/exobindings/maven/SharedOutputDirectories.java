package dev.exobindings.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Refuses, before anything is written, an execution whose output directory another generate execution of the POM
 * also writes: the generator deletes what its run did not produce, so the two would delete each other's sources.
 * {@link GenerationRun} checks the records in the folder too, which also catches what the POM cannot show (an
 * execution that no longer exists, a directory set by a -D property).
 */
final class SharedOutputDirectories {
    /** The generate goal's default {@code <outputDirectory>}, under the build directory. */
    static final String DEFAULT_FOLDER = "generated-sources/exo-bindings";

    private SharedOutputDirectories() {
    }

    static void check(MavenProject project, String executionId, Path outputDirectory) throws MojoFailureException {
        List<String> others = new ArrayList<>();
        for (GenerateExecutions.Execution execution : GenerateExecutions.all(project)) {
            if (execution.id().equals(executionId) || "true".equals(execution.setting("skip"))) {
                continue;
            }
            Path theirs = outputDirectory(project, execution);
            if (theirs != null && theirs.equals(outputDirectory.toAbsolutePath().normalize())) {
                others.add(execution.id());
            }
        }
        if (!others.isEmpty()) {
            throw new MojoFailureException("The output directory " + outputDirectory + " is also used by "
                    + "execution(s) " + others + " in this POM. Fix: give execution '" + executionId + "' its own "
                    + "<outputDirectory> (the generator deletes the files its run did not produce).");
        }
    }

    /** Where an execution writes, as the generate goal resolves it; null when the POM does not tell. */
    private static Path outputDirectory(MavenProject project, GenerateExecutions.Execution execution) {
        String configured = execution.setting("outputDirectory");
        Path base = project.getBasedir().toPath();
        if (configured != null) {
            return base.resolve(configured).toAbsolutePath().normalize();
        }
        String buildDirectory = project.getBuild() == null ? null : project.getBuild().getDirectory();
        if (buildDirectory == null || buildDirectory.contains("${")) {
            return null;
        }
        return base.resolve(buildDirectory).resolve(DEFAULT_FOLDER).toAbsolutePath().normalize();
    }
}
