package dev.exobindings.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.testing.InMemoryCompiler;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Snapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bundled Security &amp; Compliance snapshot generates and compiles with {@code -Xlint:all -Werror}. */
class SecurityComplianceBindingsTest {
    @TempDir
    Path dir;

    @Test
    void everyCmdletIsGeneratedAndCompilesWithoutAnyWarning() {
        Snapshot snapshot = BundledSnapshots.securityCompliance();
        GenerationReport report = CodeGenerator.builder().snapshot(snapshot).targetPackage("com.example.scc")
                .outputDirectory(dir.resolve("src")).build().generate();
        assertEquals(snapshot.cmdlets().size() - report.excludedCmdlets().size(), report.cmdlets(),
                "every cmdlet of the snapshot InvokeCommand can run");
        assertEquals(0, report.results().models(), "the bundled CSDL is Exchange Online's: no models for S&C");
        assertEquals(0, report.results().mappedCmdlets());
        List<Path> sources = InMemoryCompiler.javaFiles(dir.resolve("src"));
        // one class per cmdlet, the catalog and package-info, plus the enums
        assertTrue(sources.size() >= snapshot.cmdlets().size() + 2, "only " + sources.size() + " files");
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(sources, dir.resolve("classes"), List.of());
        assertTrue(compiled.success(), compiled.errors());
        assertEquals(List.of(), compiled.diagnostics(), "javac -Xlint:all reported diagnostics");
    }
}
