package dev.exobindings.generator.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.testing.InMemoryCompiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text echoed into {@code //} comments is inert: javac reads unicode escapes in comments too, so a PowerShell line
 * with {@code \}{@code u} could be illegal Java or end the comment and inject code; a line break in it would too.
 */
class JavaCommentsTest {
    private static final String INJECTED = "System.out.println(\"INJECTED\");";

    @TempDir
    Path dir;

    @Test
    void aBackslashRunBeforeUIsMadeEvenAndEveryLineIsACommentLine() {
        assertEquals("// 1: Get-Mailbox -Identity vasil\n", JavaComments.lines("1: ", "Get-Mailbox -Identity vasil"));
        assertEquals("CONTOSO\\\\user1", JavaComments.inert("CONTOSO\\user1"));
        assertEquals("a\\\\u b\\\\u c\\\\\\\\uuu000a d\\e \\\\", JavaComments.inert("a\\u b\\\\u c\\\\\\uuu000a d\\e \\\\"));
        assertEquals("// note: a\n// b\n// c\n// d\n// \n// e\n// f\n// g\n",
                JavaComments.lines("note: ", "a\nb\r\nc\rd\n\re\u2028f\u0085g"));
    }

    @Test
    void bidirectionalControlsAndZeroWidthCharactersAreShownNotEchoedRaw() {
        // U+202E reverses what follows on screen, U+2066..U+2069 isolate it: the comment would read differently
        // from the code javac compiles ("Trojan Source"); zero-width characters hide text
        assertEquals("// 1: Set-Mailbox -Identity \"a<U+202E>b<U+2066>c<U+200B>d<U+FEFF>\"\n",
                JavaComments.lines("1: ", "Set-Mailbox -Identity \"a\u202Eb\u2066c\u200Bd\uFEFF\""));
        assertEquals("x<U+2069>\\\\u0041", JavaComments.inert("x\u2069\\u0041"));
    }

    @Test
    void theEchoedLinesCompileAsCommentsAndNothingInThemRuns() throws Exception {
        List<String> texts = List.of(
                "Add-MailboxPermission -Identity TV -User \"CONTOSO\\user1\" -AccessRights FullAccess",
                "Get-Mailbox -Identity x # \\u000a " + INJECTED,
                "Get-Mailbox -Identity x # \\uu000d " + INJECTED,
                "Get-Mailbox -Identity x # \\\\\\u000a " + INJECTED,
                "Get-Mailbox -Identity x # \n" + INJECTED,
                "Get-Mailbox -Identity x # \r" + INJECTED,
                "$p is @{\n    Identity = \"vasil\"\r\n    CustomAttribute1 = 'x'\r}");
        StringBuilder source = new StringBuilder("package echoed;\n\npublic final class Echoed {\n"
                + "    public static void run() {\n");
        for (String text : texts) {
            source.append(JavaComments.lines("1: ", text)).append(JavaComments.lines("note: ", text));
        }
        source.append("    }\n}\n");
        Path file = dir.resolve("src/echoed/Echoed.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        InMemoryCompiler.Result result = InMemoryCompiler.compile(List.of(file), dir.resolve("classes"), List.of());
        assertTrue(result.success(), result.errors() + "\n" + source);
        byte[] compiled = Files.readAllBytes(dir.resolve("classes/echoed/Echoed.class"));
        assertFalse(new String(compiled, StandardCharsets.ISO_8859_1).contains("INJECTED"),
                "the injected statement was compiled as code");
    }
}
