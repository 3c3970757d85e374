package dev.exobindings.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The runtime's test log (slf4j-simple writes it, see {@code simplelogger.properties}). */
public final class TestLog {
    private static final Path FILE = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile",
            "target/runtime-test-trace.log"));

    private TestLog() {
    }

    /** Every line logged so far in this test JVM. */
    public static List<String> lines() {
        System.err.flush();
        try {
            return Files.exists(FILE) ? Files.readAllLines(FILE, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
