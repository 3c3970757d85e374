package dev.exobindings.maven;

import dev.exobindings.generator.GeneratedNames;
import dev.exobindings.metadata.BundledCsdl;
import dev.exobindings.metadata.csdl.CsdlException;
import dev.exobindings.metadata.csdl.CsdlReader;
import dev.exobindings.metadata.csdl.CsdlSchema;
import dev.exobindings.metadata.diff.CsdlDiffer;
import dev.exobindings.metadata.diff.DiffJson;
import dev.exobindings.metadata.diff.DiffMarkdown;
import dev.exobindings.metadata.diff.SnapshotDiff;
import dev.exobindings.metadata.diff.SnapshotDiffer;
import dev.exobindings.metadata.io.ReportFiles;
import dev.exobindings.metadata.model.Snapshot;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Compares two snapshots and writes what changed, one row per difference labelled breaking or not for code using the
 * generated bindings (cmdlet and parameter-set rows with builder types, then parameter rows: types, mandatory flags,
 * set membership, enum values, positions, pipeline, aliases), as a Markdown and a JSON report. With {@code failOnBreaking} a breaking
 * row fails the build (for CI). Runs without a project too:
 * {@code mvn exo-bindings:diff -DoldSnapshot=old.json -DnewSnapshot=exchange-online}.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractMojo {

    /** The old snapshot: a file path (relative to the project directory) or a bundled name. */
    @Parameter(property = "oldSnapshot", required = true)
    String oldSnapshot;

    /** The new snapshot: a file path (relative to the project directory) or a bundled name. */
    @Parameter(property = "newSnapshot", required = true)
    String newSnapshot;

    /** Where the Markdown report is written; default {@code ${project.build.directory}/exo-bindings-diff.md}. */
    @Parameter(property = "exo-bindings.diff.markdown")
    File markdownReport;

    /** Where the JSON report is written; default {@code ${project.build.directory}/exo-bindings-diff.json}. */
    @Parameter(property = "exo-bindings.diff.json")
    File jsonReport;

    /**
     * Also compare the result models: the old snapshot's {@code $metadata} (e.g. a capture's
     * {@code <name>.metadata.xml}; relative paths start at the project directory). Default, when {@code newCsdl}
     * is given: the bundled Exchange Online CSDL.
     */
    @Parameter(property = "exo-bindings.diff.oldCsdl")
    File oldCsdl;

    /**
     * Also compare the result models: the new snapshot's {@code $metadata}. Default, when {@code oldCsdl} is given:
     * the bundled one.
     */
    @Parameter(property = "exo-bindings.diff.newCsdl")
    File newCsdl;

    /** Fail the build when a row is breaking for code using the bindings (after writing the reports). */
    @Parameter(property = "exo-bindings.diff.failOnBreaking", defaultValue = "false")
    boolean failOnBreaking;

    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File baseDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path base = baseDirectory.toPath();
        SnapshotInput before = SnapshotInputs.nameOrFile(oldSnapshot, base, "oldSnapshot");
        SnapshotInput after = SnapshotInputs.nameOrFile(newSnapshot, base, "newSnapshot");
        Snapshot oldParsed = before.parse();
        Snapshot newParsed = after.parse();
        SnapshotDiffer.productMismatch(oldParsed, newParsed).ifPresent(w -> getLog().warn("exo-bindings diff: " + w));
        SnapshotDiff diff = SnapshotDiffer.diff(before.label(), oldParsed, after.label(), newParsed,
                new GeneratedNames());
        if (oldCsdl != null || newCsdl != null) {
            diff = diff.withModels(CsdlDiffer.diff(csdl(oldCsdl, "oldCsdl", base), csdl(newCsdl, "newCsdl", base)));
        }
        Path markdown = reportFile(markdownReport, "exo-bindings-diff.md");
        Path json = reportFile(jsonReport, "exo-bindings-diff.json");
        Map<Path, String> reports = new LinkedHashMap<>();
        reports.put(markdown, DiffMarkdown.render(diff));
        reports.put(json, DiffJson.render(diff));
        try {
            ReportFiles.writeAll(reports, "diff report");
        } catch (IOException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        getLog().info("exo-bindings diff " + before.label() + " -> " + after.label() + ": " + diff.summary()
                + "; reports: " + markdown + ", " + json);
        if (diff.exitCode(failOnBreaking) != 0) {
            StringBuilder message = new StringBuilder((diff.breaking().size() + diff.breakingModels().size())
                    + " breaking change(s) between " + before.label() + " and " + after.label()
                    + " (failOnBreaking), e.g.:");
            diff.breaking().stream().limit(5).forEach(r -> message.append("\n  ").append(r.cmdlet())
                    .append(r.parameter() == null ? "" : " -" + r.parameter()).append(": ").append(r.kind().label())
                    .append(" — ").append(r.why()));
            diff.breakingModels().stream().limit(5).forEach(r -> message.append("\n  ").append(r.type())
                    .append(r.member() == null ? "" : "." + r.member()).append(": ").append(r.kind().label())
                    .append(" — ").append(r.why()));
            message.append("\nSee ").append(markdown).append(". Fix: regenerate and adapt the calling code, or run "
                    + "without -Dexo-bindings.diff.failOnBreaking=true to accept the changes");
            throw new MojoFailureException(message.toString());
        }
    }

    /** The CSDL file of {@code parameter} (relative to the project directory), read; the bundled one when unset. */
    private static CsdlSchema csdl(File file, String parameter, Path base) throws MojoFailureException {
        if (file == null) {
            return BundledCsdl.exchangeOnlineSchema();
        }
        Path path = file.isAbsolute() ? file.toPath() : base.resolve(file.toPath());
        try {
            return new CsdlReader().read(CsdlInput.read(path, parameter).file());
        } catch (CsdlException e) {
            throw new MojoFailureException(e.getMessage() + " (from <" + parameter + ">)");
        }
    }

    /**
     * The configured file, or {@code name} in the build directory. Without a project (requiresProject=false) Maven
     * leaves {@code ${project.build.directory}} uninterpolated, so then {@code target} under the current directory.
     */
    private Path reportFile(File configured, String name) {
        if (configured != null) {
            return configured.toPath();
        }
        String buildDirectory = project.getBuild().getDirectory();
        Path directory = buildDirectory == null || buildDirectory.contains("${")
                ? baseDirectory.toPath().resolve("target") : Path.of(buildDirectory);
        return directory.resolve(name);
    }
}
