package dev.exobindings.generator.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/<Emitter>/<case>.java}, compared exactly (line endings
 * normalised). Run with {@code -Dgolden.update=true} to rewrite them, then review the diff before committing.
 */
public final class Golden {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    public static void assertMatches(String emitter, String testCase, String actual) {
        Path file = ROOT.resolve(emitter).resolve(testCase + ".java");
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(file), "missing golden file " + file + "; run with -Dgolden.update=true, then "
                    + "review it");
            String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertEquals(expected, actual, "generated code differs from golden " + file
                    + " (run with -Dgolden.update=true to accept, after review)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
