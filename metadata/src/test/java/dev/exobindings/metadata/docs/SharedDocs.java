package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.SharedInputs;
import java.nio.file.Path;

/** Locates the shared docs folder and imports it once for all real-corpus tests. */
final class SharedDocs {
    private static DocsImport imported;

    private SharedDocs() {
    }

    static Path folder() {
        return SharedInputs.docsFolder();
    }

    static synchronized DocsImport imported() {
        if (imported == null) {
            imported = DocsImporter.importFolder(folder());
        }
        return imported;
    }
}
