package dev.exobindings.generator.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles sources in-process with javac, against the test classpath (which holds the runtime classes). */
public final class InMemoryCompiler {
    private InMemoryCompiler() {
    }

    /**
     * Result of one compilation.
     *
     * @param success     javac reported success
     * @param diagnostics every diagnostic (errors and warnings), one per line
     * @param classes     the output directory
     */
    public record Result(boolean success, List<String> diagnostics, Path classes) {
        public String errors() {
            return String.join("\n", diagnostics);
        }
    }

    /** Every {@code .java} file under {@code root}, sorted. */
    public static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles {@code sources} with {@code -Xlint:all -Werror} into {@code classes}, extra classpath first. */
    public static Result compile(List<Path> sources, Path classes, List<Path> extraClasspath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            List<Path> classpath = new ArrayList<>(extraClasspath);
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                classpath.add(Path.of(entry));
            }
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none", "-encoding",
                    "UTF-8", "-Xmaxerrs", "50");
            StringWriter out = new StringWriter();
            boolean ok = javac.getTask(out, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> messages = diagnostics.getDiagnostics().stream()
                    .map(InMemoryCompiler::format).collect(Collectors.toList());
            if (!out.toString().isBlank()) {
                messages.add(out.toString());
            }
            return new Result(ok, messages, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(Diagnostic<? extends JavaFileObject> d) {
        String source = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":"
                + d.getLineNumber() + ": ";
        return d.getKind() + " " + source + d.getMessage(Locale.ROOT);
    }
}
