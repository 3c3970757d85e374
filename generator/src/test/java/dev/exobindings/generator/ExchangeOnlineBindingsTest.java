package dev.exobindings.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.testing.BodyCases;
import dev.exobindings.generator.testing.BodyCases.BodyCase;
import dev.exobindings.generator.testing.InMemoryCompiler;
import dev.exobindings.generator.typed.ModelClass;
import dev.exobindings.generator.typed.ResultModels;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole bundled Exchange Online snapshot: generated into a temporary directory, compiled in-process with
 * {@code -Xlint:all -Werror} against the runtime together with a harness holding the body cases of
 * {@code bodies/exchange-online.txt}; each case's {@code toJson()} must equal the hand-written body.
 */
class ExchangeOnlineBindingsTest {
    private static final String PACKAGE = "com.example.exo";
    private static final List<BodyCase> CASES = BodyCases.read("/bodies/exchange-online.txt");

    @TempDir
    static Path dir;
    private static Snapshot snapshot;
    private static GenerationReport report;
    private static InMemoryCompiler.Result compiled;
    private static Class<?> harness;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        snapshot = BundledSnapshots.exchangeOnline();
        Path sources = dir.resolve("src");
        report = CodeGenerator.builder().snapshot(snapshot).targetPackage(PACKAGE).outputDirectory(sources).build()
                .generate();
        Path harnessFile = dir.resolve("harness/bodies/Bodies.java");
        Files.createDirectories(harnessFile.getParent());
        Files.writeString(harnessFile, harnessSource(), StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>(InMemoryCompiler.javaFiles(sources));
        files.add(harnessFile);
        compiled = InMemoryCompiler.compile(files, dir.resolve("classes"), List.of());
        if (compiled.success()) {
            URLClassLoader loader = new URLClassLoader(new URL[] {compiled.classes().toUri().toURL()},
                    ExchangeOnlineBindingsTest.class.getClassLoader());
            harness = loader.loadClass("bodies.Bodies");
        }
    }

    private static String harnessSource() {
        StringBuilder sb = new StringBuilder("package bodies;\n\n")
                .append("import ").append(PACKAGE).append(".*;\n")
                .append("import ").append(PACKAGE).append(".enums.*;\n")
                .append("import dev.exobindings.runtime.value.*;\nimport java.time.*;\nimport java.util.List;\n\n")
                .append("public final class Bodies {\n");
        for (int i = 0; i < CASES.size(); i++) {
            sb.append("    public static String case").append(i).append("() {\n        return ")
                    .append(CASES.get(i).expression()).append(".toJson();\n    }\n");
        }
        return sb.append("}\n").toString();
    }

    static List<Object[]> cases() {
        List<Object[]> args = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            args.add(new Object[] {i, CASES.get(i)});
        }
        return args;
    }

    @Test
    void everyCmdletIsGeneratedAndCompilesWithoutAnyWarning() throws IOException {
        assertTrue(compiled.success(), compiled.errors());
        assertEquals(List.of(), compiled.diagnostics(), "javac -Xlint:all reported diagnostics");
        assertEquals(35, report.excludedCmdlets().size(), "client-side cmdlets: " + report.excludedCmdlets());
        assertEquals(snapshot.cmdlets().size() - report.excludedCmdlets().size(), report.cmdlets(),
                "every cmdlet of the snapshot InvokeCommand can run");
        for (Cmdlet cmdlet : snapshot.cmdlets()) {
            if (report.excludedCmdlets().containsKey(cmdlet.name())) {
                continue;
            }
            String[] parts = cmdlet.name().split("-");
            String className = Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1)
                    + Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
            Path classFile = compiled.classes().resolve(PACKAGE.replace('.', '/')).resolve(className + ".class");
            assertTrue(Files.exists(classFile), "no class for " + cmdlet.name() + ": " + classFile);
        }
        assertTrue(Files.exists(compiled.classes().resolve(PACKAGE.replace('.', '/') + "/ExoCmdlets.class")));
    }

    @Test
    void everyGeneratedFileIsAscii() throws IOException {
        // Java 17's javac reads sources in the platform's encoding unless told otherwise (windows-1252 on many
        // Windows machines): ASCII reads the same in all of them. The generator writes entities and "..." for its
        // own punctuation; the bundled snapshot's text reaching the files is ASCII too.
        List<Path> files = InMemoryCompiler.javaFiles(dir.resolve("src"));
        assertTrue(files.size() > 1000, "files: " + files.size());
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                assertTrue(lines.get(i).chars().allMatch(c -> c < 0x80),
                        file.getFileName() + " line " + (i + 1) + " holds a non-ASCII character");
            }
        }
    }

    @Test
    void everyModelOfTheBundledCsdlIsGeneratedAndCompiled() throws IOException {
        assertTrue(compiled.success(), compiled.errors());
        Path models = compiled.classes().resolve(PACKAGE.replace('.', '/') + "/model");
        try (var files = Files.list(models)) {
            long classes = files.filter(f -> f.toString().endsWith(".class")).count();
            assertEquals(report.results().models(), classes, "one class per model (" + models + ")");
        }
        assertTrue(report.results().models() > 0);
        assertTrue(report.results().mappedCmdlets() > 0);
    }

    @Test
    void resultModelsAreTheModelsGenerateEmits() {
        ResultModels results = CodeGenerator.builder().snapshot(snapshot).targetPackage(PACKAGE).build()
                .resultModels();
        assertEquals(report.results().models(), results.models().size());
        assertEquals(report.results().mappedCmdlets(), results.resultClass().size());
        for (ModelClass m : results.models()) {
            assertTrue(Files.exists(dir.resolve("src").resolve(PACKAGE.replace('.', '/') + "/model/" + m.className()
                    + ".java")), m.className());
        }
        assertEquals(List.of(), CodeGenerator.builder().snapshot(snapshot).targetPackage(PACKAGE).models(false)
                .build().resultModels().models(), "models(false): none");
    }

    @Test
    void theBodyCasesCoverAtLeastThirtyCmdlets() {
        long cmdlets = CASES.stream().map(c -> c.body().replaceAll(".*\"CmdletName\":\"([^\"]+)\".*", "$1"))
                .distinct().count();
        assertTrue(cmdlets >= 30, "only " + cmdlets + " distinct cmdlets in the body cases");
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("cases")
    void rendersTheExactBody(int index, BodyCase bodyCase) throws Exception {
        assertTrue(compiled.success(), compiled.errors());
        Method method = harness.getMethod("case" + index);
        assertEquals(bodyCase.body(), method.invoke(null));
    }
}
