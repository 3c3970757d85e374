package dev.exobindings.maven;

import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.metadata.io.SnapshotReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Identifies the generator code for the fingerprint: the plugin version plus a hash of the generator, metadata
 * (snapshot reader) and plugin jars. A SNAPSHOT build of the generator with new behaviour therefore regenerates even though its version did not
 * change (the jars are reproducible, so an identical build hashes the same).
 */
final class GeneratorIdentity {
    private GeneratorIdentity() {
    }

    static String describe(String pluginVersion) {
        return pluginVersion + " generator=" + jarHash(CodeGenerator.class) + " metadata="
                + jarHash(SnapshotReader.class) + " plugin=" + jarHash(GenerateMojo.class);
    }

    private static String jarHash(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown";
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Fingerprint.sha256Hex(Files.readAllBytes(location))
                    : directoryHash(location);
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return "unknown";
        }
    }

    /** A class directory (IDE, reactor build before packaging): hash of every file's path and content, sorted. */
    private static String directoryHash(Path directory) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(directory.relativize(file)).append('=')
                        .append(Fingerprint.sha256Hex(Files.readAllBytes(file))).append('\n');
            }
        }
        return Fingerprint.sha256Hex(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
