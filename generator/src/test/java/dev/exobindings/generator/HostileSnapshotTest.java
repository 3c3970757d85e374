package dev.exobindings.generator;

import static dev.exobindings.generator.testing.SnapshotBuilder.cmdlet;
import static dev.exobindings.generator.testing.SnapshotBuilder.in;
import static dev.exobindings.generator.testing.SnapshotBuilder.mandatory;
import static dev.exobindings.generator.testing.SnapshotBuilder.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.testing.InMemoryCompiler;
import dev.exobindings.generator.testing.SnapshotBuilder;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text in a snapshot that tries to break out of string literals, comments or Javadoc. Names are validated; every
 * other string must reach the code only as an escaped literal or sanitized Javadoc, so the output compiles with
 * {@code -Werror} and the values survive byte for byte.
 */
class HostileSnapshotTest {
    private static final List<String> VALUES = List.of("\"; System.exit(1); \"", "\\u0022; evil(); \\u0022",
            "*/ class Evil {} /*", "<script>alert(1)</script>", "@Deprecated", "{@link Object}", "line\nbreak",
            "tab\there", "$L $S $$", "\u2028sep");

    @TempDir
    Path dir;

    private static Snapshot hostile() {
        return SnapshotBuilder.snapshot().add(cmdlet("Set-Hostile")
                .sets("*/ public class Evil {} /*", "Set \"quoted\" \\u0022 $L")
                .url("https://example.com/a*/b")
                .param(param("Identity", "Evil*/Type\\u002a/ <b>").aliases("*/", "@return", "\\u002a/")
                        .sets(mandatory("*/ public class Evil {} /*"), in("Set \"quoted\" \\u0022 $L")))
                // a parameter of the first set alone, so no set covers the other and both are generated
                .param(param("Extra", "String").sets(in("*/ public class Evil {} /*")))
                .param(param("Mode", "Evil*/Mode\\u002a/").values(ValuesOrigin.VALIDATE_SET,
                        VALUES.toArray(String[]::new))))
                .build();
    }

    /**
     * True when javac would read a unicode escape (an even number of backslashes before the backslash-u, JLS 3.3)
     * that turns into a character able to end a literal or a comment: a quote, backslash, line break, star or slash.
     */
    private static boolean hasDangerousUnicodeEscape(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '\\' && text.charAt(i + 1) == 'u') {
                int before = 0;
                while (i - before - 1 >= 0 && text.charAt(i - before - 1) == '\\') {
                    before++;
                }
                if (before % 2 == 0) {
                    int hex = i + 2;
                    while (hex < text.length() && text.charAt(hex) == 'u') {
                        hex++;
                    }
                    char decoded = (char) Integer.parseInt(text.substring(hex, hex + 4), 16);
                    if ("\"\\\n\r*/".indexOf(decoded) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void hostileTextCompilesAndSurvivesAsData() throws Exception {
        Path out = dir.resolve("out");
        GenerationReport report = CodeGenerator.builder().snapshot(hostile()).targetPackage("com.example.hostile")
                .outputDirectory(out).models(false).build().generate(); // the snapshot's enum is the only one
        assertEquals(1, report.cmdlets());
        try (Stream<Path> top = Files.list(dir)) {
            assertEquals(List.of(out), top.toList(), "nothing is written beside the output directory");
        }
        List<Path> sources = InMemoryCompiler.javaFiles(out);
        for (Path source : sources) {
            assertTrue(source.startsWith(out));
            String text = Files.readString(source);
            // Set names only ever appear in Javadoc, where the comment terminator must be escaped.
            assertFalse(text.contains("*/ public class Evil"), "a set name broke out of Javadoc: " + source);
            assertTrue(text.contains("*&#47; public class Evil") || !source.endsWith("SetHostile.java"), source
                    .toString());
            assertFalse(hasDangerousUnicodeEscape(text), "javac would read a dangerous unicode escape in " + source);
        }
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(sources, dir.resolve("classes"), List.of());
        assertTrue(compiled.success(), compiled.errors());
        assertEquals(List.of(), compiled.diagnostics());

        try (Stream<Path> enums = Files.list(out.resolve("com/example/hostile/enums"))) {
            String enumFile = enums.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("package-info"))
                    .findFirst().orElseThrow();
            try (URLClassLoader loader = new URLClassLoader(new URL[] {compiled.classes().toUri().toURL()},
                    getClass().getClassLoader())) {
                Class<?> enumClass = loader.loadClass("com.example.hostile.enums."
                        + enumFile.substring(0, enumFile.length() - ".java".length()));
                Method fromWire = enumClass.getMethod("fromWire", String.class);
                Method wireValue = enumClass.getMethod("wireValue");
                for (String value : VALUES) {
                    assertEquals(value, wireValue.invoke(fromWire.invoke(null, value)));
                }
                assertEquals(VALUES.size() + 1, enumClass.getEnumConstants().length, "the values plus UNRECOGNIZED");
            }
        }
    }
}
