package dev.exobindings.generator.translate;

import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.generator.testing.InMemoryCompiler;
import dev.exobindings.metadata.model.Snapshot;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs translations as a user would: the bindings of their cmdlets are generated, every translated expression
 * becomes one method of one harness class, all of it is compiled in-process, and each method's request renders
 * its body ({@code toJson()}). A method that does not compile is reported and left out of a second pass.
 */
final class TranslationHarness {
    private static final Pattern ERROR_LINE = Pattern.compile("Harness\\.java:(\\d+): ");
    private static final int HEADER_LINES = 11; // lines before the first method

    /**
     * What became of the translations, by their index in the list given.
     *
     * @param bodies        the body each compiled request rendered (or "threw …")
     * @param compileErrors javac's message for each one that did not compile
     */
    record Outcome(Map<Integer, String> bodies, Map<Integer, String> compileErrors) {
    }

    private TranslationHarness() {
    }

    static Outcome run(Snapshot snapshot, String targetPackage, List<Translation> translated, Path dir)
            throws Exception {
        Path sources = generateFor(snapshot, targetPackage, translated, dir);
        Map<Integer, Translation> methods = new LinkedHashMap<>();
        for (int i = 0; i < translated.size(); i++) {
            methods.put(i, translated.get(i));
        }
        Map<Integer, String> compileErrors = new LinkedHashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            Path harness = dir.resolve("harness" + pass + "/harness/Harness.java");
            Files.createDirectories(harness.getParent());
            boolean enums = Files.isDirectory(sources.resolve(targetPackage.replace('.', '/') + "/enums"));
            Files.writeString(harness, source(targetPackage, methods, enums), StandardCharsets.UTF_8);
            List<Path> files = new ArrayList<>(InMemoryCompiler.javaFiles(sources));
            files.add(harness);
            InMemoryCompiler.Result result = InMemoryCompiler.compile(files, dir.resolve("classes" + pass),
                    List.of());
            if (result.success()) {
                return new Outcome(bodies(methods, result.classes()), compileErrors);
            }
            List<Integer> order = new ArrayList<>(methods.keySet());
            for (String diagnostic : result.diagnostics()) {
                Matcher m = ERROR_LINE.matcher(diagnostic);
                int index = (m.find() ? Integer.parseInt(m.group(1)) : -1) - HEADER_LINES - 1;
                if (index < 0 || index >= order.size()) {
                    throw new AssertionError("javac failed outside the harness methods:\n" + result.errors());
                }
                Translation t = methods.remove(order.get(index));
                if (t != null) {
                    compileErrors.put(order.get(index), t.expression() + " → " + diagnostic);
                }
            }
        }
        throw new AssertionError("the harness still does not compile after removing the failing methods");
    }

    /** Generates the bindings of exactly the cmdlets the translations call, into {@code dir/src}. */
    private static Path generateFor(Snapshot snapshot, String targetPackage, List<Translation> translated, Path dir) {
        Set<String> cmdlets = new TreeSet<>();
        translated.forEach(t -> cmdlets.add(t.cmdlet()));
        Path sources = dir.resolve("src");
        CodeGenerator.builder().snapshot(snapshot).targetPackage(targetPackage).includes(List.copyOf(cmdlets))
                .outputDirectory(sources).build().generate();
        return sources;
    }

    /**
     * javac's diagnostics for a script's statements as a user pastes them: the imports they name, then every
     * statement in order in one method whose client is {@code exo}; empty when it compiles without a warning.
     */
    static List<String> compileScript(Snapshot snapshot, String targetPackage, List<Translation> translated, Path dir)
            throws Exception {
        Path sources = generateFor(snapshot, targetPackage, translated, dir);
        StringBuilder sb = new StringBuilder("package script;\n\n");
        Set<String> imports = new TreeSet<>();
        translated.forEach(t -> imports.addAll(t.imports()));
        imports.forEach(i -> sb.append("import ").append(i).append(";\n"));
        sb.append("\n@SuppressWarnings(\"deprecation\")\npublic final class Script {\n")
                .append("    static void run(dev.exobindings.runtime.ExchangeClient exo) {\n");
        translated.forEach(t -> sb.append("        ").append(t.statement()).append('\n'));
        sb.append("    }\n}\n");
        Path script = dir.resolve("script/script/Script.java");
        Files.createDirectories(script.getParent());
        Files.writeString(script, sb, StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>(InMemoryCompiler.javaFiles(sources));
        files.add(script);
        InMemoryCompiler.Result result = InMemoryCompiler.compile(files, dir.resolve("script-classes"), List.of());
        List<String> diagnostics = new ArrayList<>(result.diagnostics());
        if (!result.success() && diagnostics.isEmpty()) {
            diagnostics.add(result.errors());
        }
        return diagnostics;
    }

    private static String source(String targetPackage, Map<Integer, Translation> methods, boolean enums) {
        StringBuilder sb = new StringBuilder("package harness;\n\n")
                .append("import ").append(targetPackage).append(".*;\n")
                .append(enums ? "import " + targetPackage + ".enums.*;\n" : "// no enums\n")
                .append("import dev.exobindings.runtime.value.*;\n")
                .append("import java.time.*;\nimport java.util.*;\n")
                .append(modelImports(targetPackage, methods)).append('\n')
                .append("@SuppressWarnings(\"deprecation\")\n")
                .append("public final class Harness {\n");
        for (Map.Entry<Integer, Translation> e : methods.entrySet()) {
            sb.append("    public static String c").append(e.getKey()).append("() { return ")
                    .append(e.getValue().expression()).append(JsonCalls.of(e.getValue())).append("; }\n");
        }
        return sb.append("}\n").toString();
    }

    /**
     * The result models the translations select from, on one line so that the methods keep their line numbers:
     * single-type imports, as the translations write them (the model package is not imported whole, its names
     * could clash with the enums').
     */
    private static String modelImports(String targetPackage, Map<Integer, Translation> methods) {
        Set<String> models = new TreeSet<>();
        methods.values().forEach(t -> t.imports().stream().filter(i -> i.startsWith(targetPackage + ".model."))
                .forEach(models::add));
        StringBuilder line = new StringBuilder();
        models.forEach(m -> line.append("import ").append(m).append("; "));
        return line.append('\n').toString();
    }

    private static Map<Integer, String> bodies(Map<Integer, Translation> methods, Path classes) throws Exception {
        Map<Integer, String> bodies = new LinkedHashMap<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                TranslationHarness.class.getClassLoader())) {
            Class<?> harness = loader.loadClass("harness.Harness");
            for (Integer index : methods.keySet()) {
                Method m = harness.getMethod("c" + index);
                try {
                    bodies.put(index, (String) m.invoke(null));
                } catch (InvocationTargetException ex) {
                    bodies.put(index, "threw " + ex.getCause());
                }
            }
        }
        return bodies;
    }
}
