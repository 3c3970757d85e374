package dev.exobindings.metadata.docs;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared docs folder and imports it once for all real-corpus tests. */
final class SharedDocs {
    private static DocsImport imported;

    private SharedDocs() {
    }

    static Path folder() {
        String shared = System.getProperty("exo.shared.dir");
        Path base = shared != null ? Path.of(shared) : Path.of("../../shared");
        Path folder = base.resolve("exchange-ps-docs");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("docs folder not found: " + folder.toAbsolutePath()
                    + "; set -Dexo.shared.dir to the shared data directory");
        }
        return folder;
    }

    static synchronized DocsImport imported() {
        if (imported == null) {
            imported = DocsImporter.importFolder(folder());
        }
        return imported;
    }
}
