package dev.exobindings.generator.write;

import dev.exobindings.generator.GeneratorException;
import dev.exobindings.generator.emit.GeneratedFile;
import dev.exobindings.generator.work.InOrder;
import dev.exobindings.metadata.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes generated files into one output directory.
 * <ul>
 *   <li>A file whose content is already identical is not touched (its timestamp stays).</li>
 *   <li>Changed files are written to a temporary file and moved into place atomically.</li>
 *   <li>The manifest {@value #MANIFEST} lists the files of the last run; files listed there but not generated
 *       now are deleted, and only if they still carry the generator's marker line.</li>
 *   <li>It never writes outside the output directory, and never overwrites a file it did not generate.</li>
 * </ul>
 */
public final class SourceWriter {
    /** Name of the manifest file in the output directory. */
    public static final String MANIFEST = ".exo-bindings-manifest";
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_$-]+(/[A-Za-z0-9_$-]+)*\\.java");

    private final Path root;

    public SourceWriter(Path outputDirectory) {
        this.root = outputDirectory.toAbsolutePath().normalize();
    }

    public WriteOutcome write(List<GeneratedFile> files) {
        Path realRoot = prepareRoot();
        Set<String> previous = readManifest();
        Set<String> current = new TreeSet<>();
        List<Path> targets = new ArrayList<>();
        Set<Path> folders = new LinkedHashSet<>();
        for (GeneratedFile file : files) {
            if (!current.add(file.relativePath())) {
                throw new IllegalStateException("generated twice: " + file.relativePath());
            }
            Path target = resolve(file.relativePath());
            targets.add(target);
            folders.add(target.getParent());
        }
        // One listing per folder tells which targets exist: a fresh output needs no look at each file.
        Set<Path> existing = new HashSet<>();
        for (Path folder : folders) {
            try {
                Files.createDirectories(folder);
                checkInside(realRoot, folder.toRealPath());
                try (Stream<Path> entries = Files.list(folder)) {
                    entries.forEach(existing::add);
                }
            } catch (IOException e) {
                throw new GeneratorException("Cannot create " + folder + ": " + e.getMessage()
                        + ". Check that the output directory is writable.", e);
            }
        }
        // Each file is compared and replaced on its own (atomically), so they are written on every core.
        List<Integer> indexes = IntStream.range(0, files.size()).boxed().toList();
        List<Boolean> changed = InOrder.map(indexes, i -> writeIfChanged(files.get(i), targets.get(i), previous,
                existing.contains(targets.get(i))));
        int written = (int) changed.stream().filter(Boolean::booleanValue).count();
        int unchanged = files.size() - written;
        List<String> warnings = new ArrayList<>();
        int deleted = deleteStale(previous, current, realRoot, warnings);
        writeManifest(current);
        return new WriteOutcome(written, unchanged, deleted, warnings);
    }

    /**
     * Writes one file unless its content is already identical; true when it was written. {@code listed}: the
     * target was in its folder's listing, so it is looked at; otherwise it is simply written.
     */
    private static boolean writeIfChanged(GeneratedFile file, Path target, Set<String> previous, boolean listed) {
        byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
        try {
            if (!listed) {
                AtomicFiles.write(target, bytes);
                return true;
            }
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                byte[] existing = Files.readAllBytes(target);
                if (Arrays.equals(existing, bytes)) {
                    return false;
                }
                if (!previous.contains(file.relativePath()) && !isGenerated(existing)) {
                    throw new GeneratorException("Output file " + target + " exists and was not written by the "
                            + "generator; move it away or choose another output directory.");
                }
            } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new GeneratorException("Output path " + target + " exists and is not a regular file; "
                        + "remove it or choose another output directory.");
            }
            AtomicFiles.write(target, bytes);
            return true;
        } catch (IOException e) {
            throw new GeneratorException("Cannot write " + target + ": " + e.getMessage()
                    + ". Check that the output directory is writable.", e);
        }
    }

    private Path prepareRoot() {
        try {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new GeneratorException("Output directory " + root + " is a file; give a directory (plugin: "
                        + "<outputDirectory>, command line: --output).");
            }
            Files.createDirectories(root);
            if (!Files.isWritable(root)) {
                throw new GeneratorException("Output directory " + root + " is not writable; fix its permissions or "
                        + "choose another directory.");
            }
            return root.toRealPath();
        } catch (IOException e) {
            throw new GeneratorException("Cannot create output directory " + root + ": " + e.getMessage()
                    + ". Choose a directory you can write to.", e);
        }
    }

    /** The path of a generated file; the name must be a plain relative path of Java identifiers. */
    private Path resolve(String relativePath) {
        if (!SAFE_PATH.matcher(relativePath).matches()) {
            throw new IllegalStateException("unsafe generated path: " + relativePath);
        }
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalStateException("generated path escapes the output directory: " + relativePath);
        }
        return target;
    }

    private static void checkInside(Path realRoot, Path realPath) {
        if (!realPath.startsWith(realRoot)) {
            throw new GeneratorException("Output path " + realPath + " lies outside the output directory " + realRoot
                    + " (a symbolic link?); remove the link or choose another directory.");
        }
    }

    private Set<String> readManifest() {
        Path manifest = root.resolve(MANIFEST);
        Set<String> entries = new LinkedHashSet<>();
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                // Only entries that could have been generated are trusted; anything else is ignored.
                if (SAFE_PATH.matcher(line.strip()).matches()) {
                    entries.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new GeneratorException("Cannot read " + manifest + ": " + e.getMessage()
                    + ". Delete the manifest to start afresh.", e);
        }
        return entries;
    }

    private int deleteStale(Set<String> previous, Set<String> current, Path realRoot, List<String> warnings) {
        int deleted = 0;
        for (String entry : previous) {
            if (current.contains(entry)) {
                continue;
            }
            Path stale = resolve(entry);
            try {
                if (!Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                checkInside(realRoot, stale.getParent().toRealPath());
                if (!isGenerated(Files.readAllBytes(stale))) {
                    warnings.add("Left " + entry + " in place: it no longer carries the generator's marker");
                    continue;
                }
                Files.delete(stale);
                deleted++;
                removeEmptyFolders(stale.getParent(), realRoot);
            } catch (IOException e) {
                throw new GeneratorException("Cannot delete stale file " + stale + ": " + e.getMessage()
                        + ". Check the output directory's permissions.", e);
            }
        }
        return deleted;
    }

    /**
     * Removes {@code folder} and its parents up to (not including) the output root while they are empty: after a
     * package change the old package's folders would otherwise stay behind, empty. A folder with anything in it,
     * the user's files included, stays.
     */
    private static void removeEmptyFolders(Path folder, Path realRoot) throws IOException {
        for (Path f = folder; f != null && !f.toRealPath().equals(realRoot); f = f.getParent()) {
            try (var children = Files.list(f)) {
                if (children.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(f);
        }
    }

    private void writeManifest(Set<String> entries) {
        Path manifest = root.resolve(MANIFEST);
        byte[] bytes = (String.join("\n", entries) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)
                    && Arrays.equals(Files.readAllBytes(manifest), bytes)) {
                return;
            }
            AtomicFiles.write(manifest, bytes);
        } catch (IOException e) {
            throw new GeneratorException("Cannot write " + manifest + ": " + e.getMessage()
                    + ". Check that the output directory is writable.", e);
        }
    }

    private static boolean isGenerated(byte[] content) {
        byte[] marker = GeneratedFile.MARKER.getBytes(StandardCharsets.UTF_8);
        return content.length >= marker.length && Arrays.equals(content, 0, marker.length, marker, 0, marker.length);
    }
}
