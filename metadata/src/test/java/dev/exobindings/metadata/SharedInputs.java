package dev.exobindings.metadata;

import dev.exobindings.metadata.tools.AssembledSnapshots;
import dev.exobindings.metadata.tools.SnapshotAssembler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one way a test reaches the read-only inputs beside the project ({@code ../shared}: docs corpus, module
 * catalog). Published in this module's test-jar so every module uses the same rule.
 *
 * <p>On a plain clone the inputs are absent: a test that needs them is <em>skipped</em> (JUnit assumption) with
 * the reason and the path it looked for, so {@code ./mvnw verify} stays green. CI passes
 * {@code -Dexo.shared.required=true}, which turns that skip into a failure, so the corpus tests always run there.
 * The location is {@code -Dexo.shared.dir} (the root pom sets it to {@code ../shared} beside the reactor).
 */
public final class SharedInputs {
    /** System property naming the shared directory. */
    public static final String DIR_PROPERTY = "exo.shared.dir";
    /** System property that turns a missing input into a failure instead of a skip. */
    public static final String REQUIRED_PROPERTY = "exo.shared.required";

    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    private static AssembledSnapshots assembled;

    private SharedInputs() {
    }

    /** The shared directory; skips (or fails, when required) the calling test if the module catalog is not there. */
    public static Path sharedDir() {
        require("exo-module-catalog");
        return base();
    }

    /** The docs corpus folder ({@code exchange-ps-docs}). */
    public static Path docsFolder() {
        return require("exchange-ps-docs");
    }

    /** The module catalog ({@code exo-module-catalog/EXO-catalog.json}). */
    public static Path catalogFile() {
        return require("exo-module-catalog/EXO-catalog.json");
    }

    /**
     * A file or folder under the shared directory, e.g. {@code "exo-module-catalog/module-traits.tsv"}. Call it
     * from a test, {@code @BeforeEach} or a field initialiser (not {@code @BeforeAll}, which hides the skipped
     * tests from the count): each test is then skipped, with the reason, when the input is absent.
     */
    public static Path require(String relative) {
        Path path = base().resolve(relative);
        if (!Files.exists(path)) {
            String reason = "needs the shared input " + relative + ", not found at "
                    + path.toAbsolutePath().normalize() + " (put the shared inputs beside the project as ../shared"
                    + " or set -D" + DIR_PROPERTY + ")";
            if (required()) {
                Assertions.fail(reason + "; -D" + REQUIRED_PROPERTY + "=true makes it mandatory");
            }
            if (REPORTED.add(relative)) {
                // Surefire's console shows only a count of skipped tests; say once why and where we looked.
                System.err.println("[SKIPPED] tests " + reason);
            }
            Assumptions.abort(reason);
        }
        return path;
    }

    /** Whether a missing input fails the build (CI) rather than skipping the test. */
    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY, "false"));
    }

    /** Both bundled snapshots assembled from the shared inputs, once per test JVM. */
    public static synchronized AssembledSnapshots assembled() {
        if (assembled == null) {
            assembled = SnapshotAssembler.assemble(sharedDir());
        }
        return assembled;
    }

    private static Path base() {
        String property = System.getProperty(DIR_PROPERTY);
        return property != null && !property.isBlank() ? Path.of(property) : Path.of("../../shared");
    }
}
