package dev.exobindings.generator.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The docs corpus in {@code ../shared/exchange-ps-docs} (system property {@code exo.shared.dir} overrides
 * {@code ../shared}); tests that read it are skipped, with the reason, on a plain clone without it.
 */
public final class SharedDocs {
    private SharedDocs() {
    }

    public static Path docsDirOrSkip() {
        String property = System.getProperty("exo.shared.dir");
        Path shared = property != null ? Path.of(property) : Path.of("../../shared");
        Path docs = shared.resolve("exchange-ps-docs");
        Assumptions.assumeTrue(Files.isDirectory(docs), "skipped: the docs corpus is not at "
                + docs.toAbsolutePath().normalize() + " (set -Dexo.shared.dir)");
        return docs;
    }
}
