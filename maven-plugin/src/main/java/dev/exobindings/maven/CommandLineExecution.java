package dev.exobindings.maven;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * {@code mvn exo-bindings:generate} in a project runs as execution {@code default-cli}, which Maven configures
 * without the {@code <configuration>} inside the POM's {@code <execution>}: it would generate every cmdlet into the
 * folder the build's execution owns, and each would then refuse the other's files. So a command-line run takes over
 * the one declared generate execution (its id, hence its record, and its configuration), and does what the build
 * does; with several, it cannot guess which one is meant.
 */
final class CommandLineExecution {
    static final String COMMAND_LINE_ID = "default-cli";

    private CommandLineExecution() {
    }

    /**
     * The parameters to run with: {@code injected} unchanged unless this is a command-line run in a project that
     * declares generate executions; then those of the one declared execution, where it sets them.
     *
     * @throws MojoFailureException when the project declares several generate executions
     */
    static GenerateParameters adopt(GenerateParameters injected, MavenProject project) throws MojoFailureException {
        if (!COMMAND_LINE_ID.equals(injected.executionId())) {
            return injected;
        }
        List<GenerateExecutions.Execution> declared = GenerateExecutions.all(project);
        if (declared.isEmpty()) {
            return injected;
        }
        if (declared.size() > 1) {
            List<String> ids = declared.stream().map(GenerateExecutions.Execution::id).toList();
            throw new MojoFailureException("mvn exo-bindings:generate runs as execution 'default-cli', without the "
                    + "configuration of this project's generate executions " + ids + ", and it cannot tell which one "
                    + "you mean. Fix: run " + ids.stream().map(id -> "mvn exo-bindings:generate@" + id)
                    .collect(Collectors.joining(" or ")) + " (mvn exo-bindings:generate@<id>), or mvn generate-sources "
                    + "for all of them.");
        }
        GenerateExecutions.Execution execution = declared.get(0);
        // Maven has already merged the plugin-level configuration into the injected values; the execution's own
        // settings win over it and over -D properties, as they would in the build.
        return new GenerateParameters(execution.id(),
                file(execution.setting("snapshot"), injected.snapshot()),
                or(execution.setting("bundledSnapshot"), injected.bundledSnapshot()),
                file(execution.setting("csdl"), injected.csdl()),
                or(execution.setting("packageName"), injected.packageName()),
                or(execution.list("includes"), injected.includes()),
                or(execution.list("excludes"), injected.excludes()),
                file(execution.setting("outputDirectory"), injected.outputDirectory()),
                Boolean.parseBoolean(or(execution.setting("skip"), String.valueOf(injected.skip()))));
    }

    /** A file setting as written in the POM (relative to the project, which {@link GenerateParameters} resolves). */
    private static File file(String configured, File injected) {
        return configured != null ? new File(configured) : injected;
    }

    private static <T> T or(T configured, T injected) {
        return configured != null ? configured : injected;
    }
}
