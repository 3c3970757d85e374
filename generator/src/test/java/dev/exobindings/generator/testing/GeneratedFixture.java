package dev.exobindings.generator.testing;

import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.generator.GenerationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fixture snapshot generated and compiled once per JVM, for tests that compile snippets against it.
 */
public final class GeneratedFixture {
    private static GeneratedFixture instance;

    public final Path sources;
    public final GenerationReport report;
    public final InMemoryCompiler.Result compiled;

    private GeneratedFixture(Path sources, GenerationReport report, InMemoryCompiler.Result compiled) {
        this.sources = sources;
        this.report = report;
        this.compiled = compiled;
    }

    public static synchronized GeneratedFixture get() {
        if (instance == null) {
            try {
                Path root = Files.createTempDirectory("exo-fixture-");
                Path sources = root.resolve("src");
                GenerationReport report = CodeGenerator.builder().snapshot(Fixtures.all())
                        .targetPackage(Fixtures.PACKAGE).outputDirectory(sources).build().generate();
                InMemoryCompiler.Result compiled = InMemoryCompiler.compile(InMemoryCompiler.javaFiles(sources),
                        root.resolve("classes"), List.of());
                instance = new GeneratedFixture(sources, report, compiled);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Compiles one snippet class (in package {@code snippet}) against the compiled fixture. */
    public InMemoryCompiler.Result compileSnippet(String className, String source) {
        try {
            Path dir = Files.createTempDirectory("exo-snippet-");
            Path file = dir.resolve("snippet").resolve(className + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
            return InMemoryCompiler.compile(List.of(file), dir.resolve("classes"), List.of(compiled.classes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
