package dev.exobindings.maven;

import dev.exobindings.metadata.diff.DiffJson;
import dev.exobindings.metadata.diff.DiffMarkdown;
import dev.exobindings.metadata.diff.SnapshotDiff;
import dev.exobindings.metadata.diff.SnapshotDiffer;
import dev.exobindings.metadata.io.SnapshotException;
import dev.exobindings.metadata.io.SnapshotWriter;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares two snapshots and writes what changed — cmdlets added and removed; parameters added, removed, with a
 * changed type, a changed mandatory flag or a changed parameter-set membership — as a Markdown and a JSON report.
 * Runs without a project too: {@code mvn exo-bindings:diff -DoldSnapshot=old.json -DnewSnapshot=exchange-online}.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractMojo {

    /** The old snapshot: a file path (relative to the project directory) or a bundled name. */
    @Parameter(property = "oldSnapshot", required = true)
    private String oldSnapshot;

    /** The new snapshot: a file path (relative to the project directory) or a bundled name. */
    @Parameter(property = "newSnapshot", required = true)
    private String newSnapshot;

    /** Where the Markdown report is written. */
    @Parameter(property = "exo-bindings.diff.markdown", defaultValue = "${project.build.directory}/exo-bindings-diff.md",
            required = true)
    private File markdownReport;

    /** Where the JSON report is written. */
    @Parameter(property = "exo-bindings.diff.json", defaultValue = "${project.build.directory}/exo-bindings-diff.json",
            required = true)
    private File jsonReport;

    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path base = baseDirectory.toPath();
        SnapshotInput before = SnapshotInputs.nameOrFile(oldSnapshot, base, "oldSnapshot");
        SnapshotInput after = SnapshotInputs.nameOrFile(newSnapshot, base, "newSnapshot");
        SnapshotDiff diff = SnapshotDiffer.diff(before.label(), before.parse(), after.label(), after.parse());
        try {
            SnapshotWriter.writeAtomically(markdownReport.toPath(), DiffMarkdown.render(diff));
            SnapshotWriter.writeAtomically(jsonReport.toPath(), DiffJson.render(diff));
        } catch (SnapshotException e) {
            throw new MojoFailureException("Cannot write the diff report " + e.getMessage());
        }
        getLog().info("exo-bindings diff " + before.label() + " -> " + after.label() + ": " + diff.summary()
                + "; reports: " + markdownReport + ", " + jsonReport);
    }
}
