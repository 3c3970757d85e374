package dev.exobindings.maven;

import dev.exobindings.metadata.BundledSnapshots;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.lang.model.SourceVersion;
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
        String executionId = mojoExecution.getExecutionId();
        if (skip) {
            getLog().info("exo-bindings [" + executionId + "]: skipped (exo-bindings.skip=true), no sources added");
            return;
        }
        GenerateSettings settings = new GenerateSettings(resolveSnapshot(), checkedPackageName(),
                CmdletGlobs.trimmed(includes), CmdletGlobs.trimmed(excludes),
                outputDirectory.toPath().toAbsolutePath().normalize(), executionId,
                GeneratorIdentity.describe(mojoExecution.getVersion()), resolveCsdl());
        new GenerationRun(settings, getLog()).execute();
        project.addCompileSourceRoot(settings.outputDirectory().toString());
    }

    private SnapshotInput resolveSnapshot() throws MojoFailureException, MojoExecutionException {
        boolean hasBundled = bundledSnapshot != null && !bundledSnapshot.isBlank();
        if (snapshot != null && hasBundled) {
            throw new MojoFailureException("Both <snapshot> (" + snapshot + ") and <bundledSnapshot> ("
                    + bundledSnapshot + ") are set. Fix: keep only one of them.");
        }
        if (snapshot != null) {
            Path file = snapshot.toPath();
            return SnapshotInputs.file(file.isAbsolute() ? file : project.getBasedir().toPath().resolve(file),
                    "snapshot");
        }
        return SnapshotInputs.bundled(hasBundled ? bundledSnapshot.trim() : BundledSnapshots.EXCHANGE_ONLINE,
                "bundledSnapshot");
    }

    private CsdlInput resolveCsdl() throws MojoFailureException {
        if (csdl == null) {
            return null;
        }
        Path file = csdl.toPath();
        return CsdlInput.read(file.isAbsolute() ? file : project.getBasedir().toPath().resolve(file), "csdl");
    }

    private String checkedPackageName() throws MojoFailureException {
        String name = packageName == null ? "" : packageName.trim();
        if (!SourceVersion.isName(name)) {
            throw new MojoFailureException("<packageName> '" + name + "' is not a valid Java package name (the "
                    + "default is ${project.groupId}.exo). Fix: set <packageName>, e.g. com.example.exo.");
        }
        return name;
    }
}
