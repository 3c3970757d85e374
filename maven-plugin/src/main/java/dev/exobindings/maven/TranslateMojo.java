package dev.exobindings.maven;

import dev.exobindings.generator.GeneratorException;
import dev.exobindings.generator.translate.JavaComments;
import dev.exobindings.generator.translate.ScriptFiles;
import dev.exobindings.generator.translate.Translation;
import dev.exobindings.generator.translate.Translator;
import dev.exobindings.metadata.io.SnapshotException;
import dev.exobindings.metadata.io.SnapshotWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Translates PowerShell command lines with literal arguments into calls of the generated bindings, and prints for
 * each the Java statement, its imports and the JSON body it sends — or why it cannot be translated, with the
 * column. Runs without a project:
 * {@code mvn exo-bindings:translate -Dexo-bindings.line="Get-Mailbox -Identity vasil"}.
 */
@Mojo(name = "translate", requiresProject = false, threadSafe = true)
public class TranslateMojo extends AbstractMojo {

    /** One command line to translate. */
    @Parameter(property = "exo-bindings.line")
    String line;

    /** A script file of command lines (relative paths start at the project directory). */
    @Parameter(property = "exo-bindings.script")
    File script;

    /**
     * The snapshot the bindings are generated from: a bundled name or a snapshot file. Default: the snapshot this
     * project's generate goal reads (when its executions read one); without a generate execution, the bundled
     * {@code exchange-online}.
     */
    @Parameter(property = "exo-bindings.translate.snapshot")
    String snapshot;

    /**
     * The package of the generated classes. Default: the package this project's generate goal writes; without one,
     * the prebuilt jar's package for a bundled snapshot ({@code dev.exobindings.exo}, {@code dev.exobindings.scc}).
     */
    @Parameter(property = "exo-bindings.packageName")
    String packageName;

    /**
     * The OData CSDL file ({@code $metadata}, e.g. a capture's) the bindings were generated with. Default: the
     * {@code <csdl>} of this project's generate execution for the same snapshot, else the bundled Exchange Online
     * CSDL. Relative paths start at the project directory.
     */
    @Parameter(property = "exo-bindings.csdl")
    File csdl;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /** Also write the translations to this file. */
    @Parameter(property = "exo-bindings.translate.output")
    File output;

    /** Fail the build when a command cannot be translated (after printing every translation). */
    @Parameter(property = "exo-bindings.translate.failOnProblem", defaultValue = "true")
    boolean failOnProblem;

    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File baseDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String text = input();
        Path base = baseDirectory.toPath();
        String snapshot = TranslateSnapshot.resolve(this.snapshot, project);
        // The snapshot first: a mistyped name is the mistake to report, not the package it has no execution for.
        SnapshotInput input = SnapshotInputs.nameOrFile(snapshot, base, "snapshot");
        String targetPackage = TranslatePackage.resolve(packageName, project, snapshot, csdl != null);
        GeneratedCmdlets generated = GeneratedCmdlets.of(project, snapshot, targetPackage);
        Path csdlFile = TranslateCsdl.resolve(csdl, project, snapshot, base);
        Translator translator;
        try {
            translator = Translator.forSnapshot(input.parse(), targetPackage, csdlFile);
        } catch (GeneratorException e) {
            throw new MojoFailureException(e.getMessage());
        }
        List<Translation> translations = translator.translateScript(text).stream().map(generated::check).toList();
        StringBuilder report = new StringBuilder();
        long problems = 0;
        for (Translation t : translations) {
            report.append("# line ").append(t.line()).append(": ").append(t.source().strip().replace("\n", "\n# "))
                    .append('\n');
            if (t.ok()) {
                t.imports().forEach(i -> report.append("import ").append(i).append(";\n"));
                report.append(t.statement()).append('\n').append(JavaComments.lines("body: ", t.body()));
                t.notes().forEach(n -> report.append(JavaComments.lines("note: ", n)));
                getLog().info("line " + t.line() + ": " + t.statement());
                t.imports().forEach(i -> getLog().info("  import " + i + ";"));
                getLog().info("  body: " + t.body());
            } else {
                problems++;
                String where = "line " + t.line() + ", column " + t.problem().column();
                report.append(JavaComments.lines("cannot translate (" + where + ", " + t.problem().kind() + "): ",
                        t.problem().message()));
                String problem = where + ": " + t.problem().kind() + ": " + t.problem().message();
                // An [ERROR] belongs to a failing build; with failOnProblem=false the build succeeds.
                if (failOnProblem) {
                    getLog().error(problem);
                } else {
                    getLog().warn(problem);
                }
            }
            report.append('\n');
        }
        if (output != null) {
            try {
                SnapshotWriter.writeAtomically(output.toPath(), report.toString());
            } catch (SnapshotException e) {
                throw new MojoFailureException("Cannot write the translations " + e.getMessage());
            }
            getLog().info("Translations written to " + output);
        }
        getLog().info("exo-bindings translate: " + (translations.size() - problems) + " of " + translations.size()
                + " command(s) translated against " + input.label()
                + (csdlFile == null ? "" : " with the CSDL " + csdlFile) + " (package " + targetPackage + ")");
        if (problems > 0 && failOnProblem) {
            throw new MojoFailureException(problems + " of " + translations.size() + " command(s) cannot be "
                    + "translated (reasons above). Fix the lines, or set -Dexo-bindings.translate.failOnProblem=false.");
        }
    }

    private String input() throws MojoFailureException {
        if ((line == null || line.isBlank()) == (script == null)) {
            throw new MojoFailureException("Give exactly one of <line> (-Dexo-bindings.line=\"Get-Mailbox -Identity "
                    + "x\") and <script> (-Dexo-bindings.script=commands.ps1).");
        }
        if (line != null && !line.isBlank()) {
            return line;
        }
        Path file = script.isAbsolute() ? script.toPath() : baseDirectory.toPath().resolve(script.toPath());
        try {
            return ScriptFiles.read(file);
        } catch (ScriptFiles.EncodingException e) {
            throw new MojoFailureException("Cannot read the script (from <script>): " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new MojoFailureException("Cannot read the script " + file + " (from <script>): " + e.getMessage()
                    + ". Fix: check the path (relative paths start at the project directory).");
        }
    }
}
