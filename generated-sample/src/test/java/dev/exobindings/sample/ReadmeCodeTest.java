package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java blocks of the root, runtime and simulator READMEs, and the generator README's generated-API block,
 * compile against the prebuilt bindings, the runtime
 * and the simulator, as a reader would paste them. Each block is compiled in a method (or, for a field, a class)
 * whose parameters are the values the README leaves to the reader ({@code appId}, {@code someCredentials}, …);
 * nothing else is added. A README edit that renames, drops or misspells an API fails here with the block's
 * first line.
 */
class ReadmeCodeTest {
    private static final String IMPORTS = String.join("\n",
            "import dev.exobindings.exo.*;",
            "import dev.exobindings.exo.enums.*;",
            "import dev.exobindings.exo.model.*;",
            "import dev.exobindings.runtime.*;",
            "import dev.exobindings.runtime.auth.*;",
            "import dev.exobindings.runtime.cloud.*;",
            "import dev.exobindings.runtime.error.*;",
            "import dev.exobindings.runtime.host.*;",
            "import dev.exobindings.runtime.value.*;",
            "import dev.exobindings.simulator.*;",
            "import dev.exobindings.simulator.junit.*;",
            "import org.junit.jupiter.api.extension.RegisterExtension;",
            "import java.io.InputStream;",
            "import java.net.URI;",
            "import java.nio.file.*;",
            "import java.time.Instant;",
            "import java.util.List;",
            "import java.util.Set;",
            "import java.util.stream.Stream;",
            "");

    @TempDir
    Path classes;

    /** A README block and what it leaves to the reader: the parameters of the method it is compiled in. */
    private record Snippet(String readme, int block, String parameters, boolean member) {
        String header(String className) {
            return IMPORTS + "class " + className + " {\n"
                    + "    static boolean ask(String question) { return true; }\n"
                    + "    static void showInUi(String code, String uri) { }\n"
                    + "    static String fetchJwt() { return \"\"; }\n"
                    + "    static Instant fetchExpiry() { return Instant.EPOCH; }\n"
                    + (member ? "" : "    void snippet(" + parameters + ") throws Exception {\n");
        }

        String source(String code, String className) {
            return header(className) + code.replace("{ … }", "{ }") + (member ? "" : "\n    }\n") + "}\n";
        }
    }

    /** A block's text and the README line its first line is on. */
    private record Block(String text, int firstLine) {
    }

    private static final List<Snippet> SNIPPETS = List.of(
            new Snippet("README.md", 1, "String appId, InputStream pfx, char[] password, "
                    + "List<CmdletRequest> manyRequests", false),
            new Snippet("README.md", 2, "", true),
            new Snippet("README.md", 3, "String token", false),
            new Snippet("runtime/README.md", 1, "Credentials someCredentials, List<CmdletRequest> requests, "
                    + "CmdletRequest removeRequest, CmdletRequest setRequest", false),
            new Snippet("runtime/README.md", 2, "ExchangeClient exo, Mailbox mailbox", false),
            new Snippet("runtime/README.md", 3, "Credentials someCredentials", false),
            new Snippet("runtime/README.md", 4, "String appId, char[] pfxPassword, String privateKeyPem, "
                    + "String certificatePem, String myPublicClientId, String userAssignedClientId, String jwt", false),
            new Snippet("generator/README.md", 2, "", false),
            new Snippet("simulator/README.md", 1, "", false),
            new Snippet("simulator/README.md", 3, "", false));

    @Test
    void theReadmesJavaBlocksCompileAgainstTheRealApi() throws IOException {
        List<JavaFileObject> units = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (Snippet s : SNIPPETS) {
            List<Block> blocks = javaBlocks(Path.of("..").resolve(s.readme()));
            assertTrue(blocks.size() >= s.block(), s.readme() + " has " + blocks.size() + " java blocks");
            Block block = blocks.get(s.block() - 1);
            String className = "Readme" + names.size();
            names.add(s.readme());
            offsets.add(block.firstLine() - 1 - (int) s.header(className).lines().count());
            units.add(source(className, s.source(block.text(), className)));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok = javac.getTask(null, null, diagnostics, List.of("-proc:none", "-Xlint:all,-try", "-Werror", "-d",
                classes.toString(), "-cp",
                System.getProperty("java.class.path")), null, units).call();
        // -Xlint:all -Werror: a reader who compiles with warnings as errors can paste these blocks too (not "try":
        // the README leaves some try bodies out, "{ … }")
        String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getSource() != null
                        && d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
                .map(d -> {
                    int unit = Integer.parseInt(d.getSource().getName().replaceAll("\\D", ""));
                    return names.get(unit) + " line " + (d.getLineNumber() + offsets.get(unit)) + ": "
                            + d.getKind().name().toLowerCase(Locale.ROOT) + ": " + d.getMessage(Locale.ROOT);
                })
                .collect(Collectors.joining("\n"));
        assertEquals("", errors);
        assertTrue(ok);
    }

    /** The file's {@code ```java} blocks, in order. */
    private static List<Block> javaBlocks(Path readme) throws IOException {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = null;
        int first = 0;
        List<String> lines = Files.readAllLines(readme);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (current == null && line.strip().equals("```java")) {
                current = new StringBuilder();
                first = i + 2;
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(new Block(current.toString(), first));
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return blocks;
    }

    private static JavaFileObject source(String className, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
