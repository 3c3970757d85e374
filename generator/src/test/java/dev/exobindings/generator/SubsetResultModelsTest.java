package dev.exobindings.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.testing.InMemoryCompiler;
import dev.exobindings.metadata.BundledSnapshots;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that selects a few cmdlets gets the result models they return and what those reach, not every model of
 * the CSDL: {@code --include Get-User} used to write 77 models and 24 enums beside the one cmdlet.
 */
class SubsetResultModelsTest {
    private static final String PACKAGE = "com.example.exo";

    @TempDir
    Path dir;

    @Test
    void aSubsetGetsTheModelsItsCmdletsReachAndItCompiles() throws IOException {
        Path sources = dir.resolve("src");
        GenerationReport report = CodeGenerator.builder().snapshot(BundledSnapshots.exchangeOnline())
                .targetPackage(PACKAGE).includes(List.of("Get-User", "Get-Mailbox")).outputDirectory(sources)
                .build().generate();
        GenerationReport all = CodeGenerator.builder().snapshot(BundledSnapshots.exchangeOnline())
                .targetPackage(PACKAGE).outputDirectory(dir.resolve("all")).build().generate();

        Path models = sources.resolve(PACKAGE.replace('.', '/') + "/model");
        List<String> modelNames = javaNames(models);
        assertTrue(modelNames.containsAll(List.of("Mailbox", "User")), modelNames.toString());
        assertFalse(modelNames.contains("MailboxStatistics"), "Get-MailboxStatistics was not selected: " + modelNames);
        assertEquals(report.results().models(), modelNames.size(), "the report counts what was written");
        assertTrue(report.results().models() < all.results().models(),
                report.results().models() + " of " + all.results().models());
        assertEquals(2, report.results().mappedCmdlets());

        // every enum written is used by a written class: nothing generated for cmdlets that were left out
        String written = readAll(sources, "enums");
        for (String e : javaNames(sources.resolve(PACKAGE.replace('.', '/') + "/enums"))) {
            assertTrue(written.contains(e), "enum " + e + " is used by no generated class");
        }

        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(InMemoryCompiler.javaFiles(sources),
                dir.resolve("classes"), List.of());
        assertTrue(compiled.success(), compiled.errors());
    }

    private static List<String> javaNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .filter(n -> !n.equals("package-info.java")).map(n -> n.substring(0, n.length() - 5)).toList();
        }
    }

    /** The text of every generated file outside the {@code exclude} package folder. */
    private static String readAll(Path sources, String exclude) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path f : InMemoryCompiler.javaFiles(sources)) {
            if (!f.getParent().getFileName().toString().equals(exclude)) {
                text.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
