package dev.exobindings.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * The effective configuration of one {@code generate} execution, after defaults.
 *
 * @param snapshot          the snapshot bytes and their label
 * @param packageName       target package of the generated classes
 * @param includes          include globs (empty: every cmdlet)
 * @param excludes          exclude globs
 * @param outputDirectory   where sources go (absolute)
 * @param executionId       the Maven execution id, which keys the generation record
 * @param generatorIdentity version and code hash of the generator (see {@link GeneratorIdentity})
 * @param csdl              the CSDL file given with {@code <csdl>}, or null for the bundled one
 */
record GenerateSettings(SnapshotInput snapshot, String packageName, List<String> includes, List<String> excludes,
                        Path outputDirectory, String executionId, String generatorIdentity, CsdlInput csdl) {
    GenerateSettings {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** Settings using the bundled CSDL. */
    GenerateSettings(SnapshotInput snapshot, String packageName, List<String> includes, List<String> excludes,
                     Path outputDirectory, String executionId, String generatorIdentity) {
        this(snapshot, packageName, includes, excludes, outputDirectory, executionId, generatorIdentity, null);
    }

    /** The folder of the generated package inside the output directory. */
    Path packageDirectory() {
        return outputDirectory.resolve(packageName.replace('.', '/'));
    }

    String fingerprint() {
        return Fingerprint.of(snapshot.content(), packageName, includes, excludes, generatorIdentity,
                csdl == null ? null : csdl.content());
    }
}
