package dev.exobindings.maven;

import dev.exobindings.metadata.BundledSnapshots;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The {@code generate} goal's parameters as configured, before defaults and checks: those Maven injected, or those
 * of the POM execution a command-line run takes over ({@link CommandLineExecution}). {@link #settings} turns them
 * into the checked {@link GenerateSettings} of one run.
 *
 * @param executionId     the execution whose record the run keeps
 * @param snapshot        {@code <snapshot>}, or null
 * @param bundledSnapshot {@code <bundledSnapshot>}, or null
 * @param csdl            {@code <csdl>}, or null
 * @param packageName     {@code <packageName>}
 * @param includes        {@code <includes>}, or null; an empty {@code <include/>} is a null or "" entry
 * @param excludes        {@code <excludes>}, or null
 * @param outputDirectory {@code <outputDirectory>}
 * @param skip            {@code <skip>}
 */
record GenerateParameters(String executionId, File snapshot, String bundledSnapshot, File csdl, String packageName,
                          List<String> includes, List<String> excludes, File outputDirectory, boolean skip) {

    /** The checked settings; relative paths start at {@code baseDirectory}. */
    GenerateSettings settings(Path baseDirectory, String generatorIdentity)
            throws MojoFailureException, MojoExecutionException {
        return new GenerateSettings(snapshotInput(baseDirectory), checkedPackageName(),
                CmdletGlobs.trimmed(includes), CmdletGlobs.trimmed(excludes),
                outputDirectory(baseDirectory), executionId, generatorIdentity, csdlInput(baseDirectory));
    }

    /** The output directory, absolute. */
    Path outputDirectory(Path baseDirectory) {
        return absolute(outputDirectory, baseDirectory);
    }

    private SnapshotInput snapshotInput(Path baseDirectory) throws MojoFailureException, MojoExecutionException {
        boolean hasBundled = bundledSnapshot != null && !bundledSnapshot.isBlank();
        if (snapshot != null && hasBundled) {
            throw new MojoFailureException("Both <snapshot> (" + snapshot + ") and <bundledSnapshot> ("
                    + bundledSnapshot + ") are set. Fix: keep only one of them.");
        }
        if (snapshot != null) {
            return SnapshotInputs.file(absolute(snapshot, baseDirectory), "snapshot");
        }
        return SnapshotInputs.bundled(hasBundled ? bundledSnapshot.trim() : BundledSnapshots.EXCHANGE_ONLINE,
                "bundledSnapshot");
    }

    private CsdlInput csdlInput(Path baseDirectory) throws MojoFailureException {
        return csdl == null ? null : CsdlInput.read(absolute(csdl, baseDirectory), "csdl");
    }

    private String checkedPackageName() throws MojoFailureException {
        String name = packageName == null ? "" : packageName.trim();
        if (!SourceVersion.isName(name)) {
            throw new MojoFailureException("<packageName> '" + name + "' is not a valid Java package name (the "
                    + "default is ${project.groupId}.exo). Fix: set <packageName>, e.g. com.example.exo.");
        }
        return name;
    }

    private static Path absolute(File file, Path baseDirectory) {
        Path path = file.toPath();
        return (path.isAbsolute() ? path : baseDirectory.resolve(path)).toAbsolutePath().normalize();
    }
}
