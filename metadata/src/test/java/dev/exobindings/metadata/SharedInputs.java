package dev.exobindings.metadata;

import dev.exobindings.metadata.tools.AssembledSnapshots;
import dev.exobindings.metadata.tools.SnapshotAssembler;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} (system property {@code exo.shared.dir}) and assembles the snapshots once. */
public final class SharedInputs {
    private static AssembledSnapshots assembled;

    private SharedInputs() {
    }

    public static Path sharedDir() {
        String property = System.getProperty("exo.shared.dir");
        Path dir = property != null ? Path.of(property) : Path.of("../../shared");
        if (!Files.isDirectory(dir.resolve("exo-module-catalog"))) {
            throw new IllegalStateException("shared inputs not found at " + dir.toAbsolutePath()
                    + "; set -Dexo.shared.dir to the shared data directory");
        }
        return dir;
    }

    public static Path catalogFile() {
        return sharedDir().resolve("exo-module-catalog").resolve("EXO-catalog.json");
    }

    public static synchronized AssembledSnapshots assembled() {
        if (assembled == null) {
            assembled = SnapshotAssembler.assemble(sharedDir());
        }
        return assembled;
    }
}
