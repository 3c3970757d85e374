package dev.exobindings.maven;

import dev.exobindings.metadata.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What one execution generated last time: the {@link Fingerprint} and a content hash of every file under the
 * generated package. Kept in {@code <outputDirectory>/.exo-bindings/<execution id>.fingerprint}, one file per
 * execution, so two executions of one module never overwrite each other's record.
 *
 * <p>The run is up to date only when the fingerprint matches <em>and</em> the files on disk are exactly the ones
 * recorded: a deleted or hand-edited generated file, or a stray file in the package, triggers regeneration.
 *
 * @param fingerprint the fingerprint of the inputs
 * @param files       relative path ({@code /}-separated, from the output directory) → SHA-256 of the content
 */
record GenerationRecord(String fingerprint, Map<String, String> files) {
    static final String RECORD_FOLDER = ".exo-bindings";
    private static final String SUFFIX = ".fingerprint";
    private static final String FINGERPRINT_PREFIX = "fingerprint ";
    private static final String FILE_PREFIX = "file ";

    GenerationRecord {
        files = Map.copyOf(files);
    }

    /** Where the record of {@code executionId} lives. */
    static Path location(Path outputDirectory, String executionId) {
        String safeId = executionId.replaceAll("[^A-Za-z0-9._-]", "_");
        return outputDirectory.resolve(RECORD_FOLDER).resolve(safeId + SUFFIX);
    }

    /** Execution ids of the other records next to {@code recordFile} (sorted), i.e. executions sharing the folder. */
    static List<String> otherExecutions(Path recordFile) throws IOException {
        Path folder = recordFile.getParent();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX) && !name.equals(recordFile.getFileName().toString()))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        }
    }

    /** Reads a record; empty when there is none or it is unreadable (then the run simply regenerates). */
    static Optional<GenerationRecord> read(Path recordFile) {
        try {
            String fingerprint = null;
            Map<String, String> files = new TreeMap<>();
            for (String line : Files.readAllLines(recordFile, StandardCharsets.UTF_8)) {
                if (line.startsWith(FINGERPRINT_PREFIX)) {
                    fingerprint = line.substring(FINGERPRINT_PREFIX.length()).trim();
                } else if (line.startsWith(FILE_PREFIX)) {
                    String[] hashAndPath = line.substring(FILE_PREFIX.length()).split(" ", 2);
                    if (hashAndPath.length == 2) {
                        files.put(hashAndPath[1], hashAndPath[0]);
                    }
                }
            }
            return fingerprint == null ? Optional.empty() : Optional.of(new GenerationRecord(fingerprint, files));
        } catch (IOException e) {
            // missing (first run) or unreadable: either way regenerate, which rewrites the record
            return Optional.empty();
        }
    }

    /** Content hashes of every regular file under {@code outputDirectory/packagePath}, keyed by relative path. */
    static Map<String, String> scan(Path outputDirectory, Path packageDirectory) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(packageDirectory)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(packageDirectory)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String relative = outputDirectory.relativize(file).toString().replace('\\', '/');
                files.put(relative, Fingerprint.sha256Hex(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    /** Writes the record through a temporary file and an atomic move: never a half-written record. */
    void write(Path recordFile, String executionId) throws IOException {
        StringBuilder text = new StringBuilder()
                .append("# exo-bindings: what execution '").append(executionId)
                .append("' generated. Delete this file to force regeneration.\n")
                .append(FINGERPRINT_PREFIX).append(fingerprint).append('\n');
        new TreeMap<>(files).forEach((path, hash) -> text.append(FILE_PREFIX).append(hash).append(' ')
                .append(path).append('\n'));
        AtomicFiles.writeString(recordFile, text.toString());
    }
}
