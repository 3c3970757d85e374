package dev.exobindings.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.metadata.BundledSnapshots;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * What {@code translate --package com.example.exo} printed, pasted as a user would: its import lines at the top of a
 * class, everything else in a method with a client {@code exo}, compiled in-process against the bindings of those
 * cmdlets; no {@code INJECTED} string may end up in the class (a comment that javac ended early would run it).
 */
final class PrintedJava {
    private PrintedJava() {
    }

    static void assertCompiles(String printed, List<String> cmdlets, Path dir) throws IOException {
        Path sources = dir.resolve("src");
        CodeGenerator.builder().snapshot(BundledSnapshots.exchangeOnline()).targetPackage("com.example.exo")
                .includes(cmdlets).outputDirectory(sources).build().generate();
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : printed.split("\n", -1)) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String source = "package pasted;\n\n" + imports + "\n@SuppressWarnings(\"deprecation\")\n"
                + "public final class Pasted {\n    public static void run(dev.exobindings.runtime.ExchangeClient exo) {\n"
                + body + "    }\n}\n";
        Path file = sources.resolve("pasted/Pasted.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<Path> classpath = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                classpath.add(Path.of(entry));
            }
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            ok = javac.getTask(new StringWriter(), fileManager, diagnostics,
                    List.of("--release", "17", "-proc:none", "-encoding", "UTF-8"), null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
        }
        assertTrue(ok, diagnostics.getDiagnostics().stream().map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n")) + "\n" + source);
        byte[] compiled = Files.readAllBytes(classes.resolve("pasted/Pasted.class"));
        assertFalse(new String(compiled, StandardCharsets.ISO_8859_1).contains("INJECTED"),
                "the injected statement was compiled as code:\n" + source);
    }
}
