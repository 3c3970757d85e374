package dev.exobindings.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed Java bindings for Exchange Online cmdlets from a metadata snapshot and adds them to the compile
 * sources. Regenerates only when the snapshot, the configuration or the generator changed (a fingerprint per
 * execution is kept in the output directory); otherwise logs "up to date" and touches no file.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /**
     * A snapshot file to generate from. When neither this nor {@code bundledSnapshot} is set, the Exchange Online
     * snapshot bundled with the plugin is used.
     */
    @Parameter(property = "exo-bindings.snapshot")
    private File snapshot;

    /**
     * A snapshot bundled with the plugin, by name: {@code exchange-online} or {@code security-compliance}.
     * Cannot be combined with {@code snapshot}.
     */
    @Parameter(property = "exo-bindings.bundledSnapshot")
    private String bundledSnapshot;

    /**
     * An OData CSDL file ({@code $metadata}, e.g. the one a capture saved) to generate result models from, instead of
     * the Exchange Online CSDL bundled with the plugin. Relative paths start at the project directory.
     */
    @Parameter(property = "exo-bindings.csdl")
    private File csdl;

    /** Java package of the generated classes. Must be a valid package name. */
    @Parameter(property = "exo-bindings.packageName", defaultValue = "${project.groupId}.exo", required = true)
    private String packageName;

    /**
     * Cmdlet-name globs to generate, e.g. {@code Get-*} or {@code *-Mailbox*} ({@code *} any characters, {@code ?}
     * one, case-insensitive). Empty means every cmdlet. An include that matches no cmdlet fails the build.
     */
    @Parameter(property = "exo-bindings.includes")
    private List<String> includes;

    /** Cmdlet-name globs to leave out, applied after {@code includes}. */
    @Parameter(property = "exo-bindings.excludes")
    private List<String> excludes;

    /** Where the sources are written; added to the project's compile source roots. */
    @Parameter(property = "exo-bindings.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/exo-bindings", required = true)
    private File outputDirectory;

    /** Skips generation; then no source root is added either. */
    @Parameter(property = "exo-bindings.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        GenerateParameters parameters = CommandLineExecution.adopt(new GenerateParameters(
                mojoExecution.getExecutionId(), snapshot, bundledSnapshot, csdl, packageName, includes, excludes,
                outputDirectory, skip), project);
        String executionId = parameters.executionId();
        if (!executionId.equals(mojoExecution.getExecutionId())) {
            getLog().info("exo-bindings [" + executionId + "]: run from the command line with the configuration of "
                    + "execution '" + executionId + "' in the POM");
        }
        if (parameters.skip()) {
            getLog().info("exo-bindings [" + executionId + "]: skipped (exo-bindings.skip=true), no sources added");
            return;
        }
        Path base = project.getBasedir().toPath();
        SharedOutputDirectories.check(project, executionId, parameters.outputDirectory(base));
        GenerateSettings settings = parameters.settings(base, GeneratorIdentity.describe(mojoExecution.getVersion()));
        new GenerationRun(settings, getLog()).execute();
        project.addCompileSourceRoot(settings.outputDirectory().toString());
    }
}
