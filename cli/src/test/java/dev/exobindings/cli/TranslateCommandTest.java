package dev.exobindings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.metadata.BundledSnapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code exo-bindings translate}. Asserts on the shape of the output and on the JSON body, not on long Java text:
 * the generated API's exact spelling belongs to the generator's own tests.
 */
class TranslateCommandTest {
    @TempDir
    Path dir;

    private static JsonNode body(String out) throws Exception {
        String line = out.lines().filter(l -> l.startsWith("// sends ")).findFirst().orElseThrow();
        return new ObjectMapper().readTree(line.substring("// sends ".length()));
    }

    @Test
    void aLineBecomesAJavaStatementAndTheBodyItSends() throws Exception {
        CliRun run = CliRun.of("translate", "Get-Mailbox -Identity vasil", "--package", "com.example.exo");
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("import com.example.exo.GetMailbox;\n\n// 1: Get-Mailbox -Identity vasil\n"),
                run.out());
        String statement = run.out().lines().filter(l -> l.startsWith("exo.invoke(")).findFirst().orElseThrow();
        assertTrue(statement.startsWith("exo.invoke(GetMailbox.") && statement.contains("\"vasil\"")
                && statement.endsWith(");"), statement);
        JsonNode body = body(run.out());
        assertEquals("Get-Mailbox", body.path("CmdletInput").path("CmdletName").asText());
        assertEquals("vasil", body.path("CmdletInput").path("Parameters").path("Identity").asText());
        assertTrue(run.err().contains("1 of 1 command(s) translated against bundled:exchange-online"), run.err());
    }

    @Test
    void aScriptWithALineThatCannotBeTranslatedIsAFindingWithLineAndColumn() throws Exception {
        Path script = dir.resolve("commands.ps1");
        Files.writeString(script, "# a comment\nGet-Mailbox -Identity vasil\nGet-Mailbox -Identty vasil\n");
        Path output = dir.resolve("translations.txt");
        CliRun run = CliRun.of("translate", "--script", script.toString(), "--snapshot", "exchange-online",
                "--output", output.toString());
        assertEquals(ExoBindingsCli.FINDINGS, run.code(), run.err());
        assertTrue(run.out().contains("// 2: Get-Mailbox -Identity vasil\n"), run.out());
        assertTrue(run.out().contains("// 3: Get-Mailbox -Identty vasil\n// not translated: column 13, "
                + "UNKNOWN_PARAMETER: "), run.out());
        assertTrue(run.err().contains("translate: line 3, column 13: UNKNOWN_PARAMETER: "), run.err());
        assertTrue(run.err().contains("1 of 2 command(s) translated"), run.err());
        assertEquals(run.out(), Files.readString(output), "--output holds what was printed");
        assertFalse(run.hasStackTrace());
    }

    @Test
    void aScriptsImportsArePrintedOnceAtTheTopAndItsStatementsPasteIntoOneMethod() throws Exception {
        Path script = dir.resolve("imports.ps1");
        Files.writeString(script, "$Mailbox = Get-Mailbox -Identity a\nGet-Mailbox -ResultSize Unlimited |\n"
                + "  Select-Object DisplayName\nSet-Mailbox -Identity a -EmailAddresses @{add='x@contoso.com'}\n"
                + "$mailbox = Get-Mailbox -Identity b\n");
        CliRun run = CliRun.of("translate", "--script", script.toString(), "--package", "com.example.exo");
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("import com.example.exo.GetMailbox;\nimport com.example.exo.SetMailbox;\n"
                + "import com.example.exo.model.Mailbox;\nimport dev.exobindings.runtime.value.MultiValue;\n"
                + "import dev.exobindings.runtime.value.ResultSize;\n\n// 1: "), out);
        assertEquals(5, out.lines().filter(l -> l.startsWith("import ")).count(), "each import once: " + out);
        assertTrue(out.contains("\nvar mailbox = exo.invoke(GetMailbox.identity(\"a\"));\n"), out);
        assertTrue(out.contains("\nmailbox = exo.invoke(GetMailbox.identity(\"b\"));\n"), out);
        String[] parts = out.split("\n\n", 2);
        assertTrue(parts[1].lines().noneMatch(l -> l.startsWith("import ")), out);
        // the imports at the top of the file, everything after them in a method
        PrintedJava.assertCompiles(out, List.of("Get-Mailbox", "Set-Mailbox"), dir);
    }

    @Test
    void aCommandWhoseScriptBlockSpansLinesIsPrintedAsCommentLinesThenItsJava() throws Exception {
        Path script = dir.resolve("filter.ps1");
        Files.writeString(script, "Get-Mailbox -Filter {\n  RecipientTypeDetails -eq 'SharedMailbox'\n}\n"
                + "Get-Mailbox -Identity vasil\n");
        CliRun run = CliRun.of("translate", "--script", script.toString());
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("import dev.exobindings.exo.GetMailbox;\n\n"
                + "// 1: Get-Mailbox -Filter {\n//   RecipientTypeDetails -eq 'SharedMailbox'\n"
                + "// }\nexo.invoke(GetMailbox.all().filter(\"\\n  "
                + "RecipientTypeDetails -eq 'SharedMailbox'\\n\"));\n"), run.out());
        assertTrue(run.out().contains("// 4: Get-Mailbox -Identity vasil\n"), run.out());
        assertTrue(run.err().contains("2 of 2 command(s) translated"), run.err());
    }

    @Test
    void aScriptWrittenByWindowsPowerShellInUtf16IsReadAndOneInLatin1IsRefusedWithTheFix() throws Exception {
        Path utf16 = dir.resolve("utf16.ps1");
        Files.writeString(utf16, "\uFEFFGet-Mailbox -Identity 'Grüße'\r\n", java.nio.charset.StandardCharsets.UTF_16LE);
        CliRun run = CliRun.of("translate", "--script", utf16.toString());
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        assertEquals("Grüße", body(run.out()).path("CmdletInput").path("Parameters").path("Identity").asText());

        Path latin1 = dir.resolve("latin1.ps1");
        Files.writeString(latin1, "Get-Mailbox -Identity 'Grüße'\n", java.nio.charset.StandardCharsets.ISO_8859_1);
        CliRun refused = CliRun.of("translate", "--script", latin1.toString());
        assertEquals(ExoBindingsCli.FAILURE, refused.code());
        assertTrue(refused.err().contains("is not UTF-8 and has no UTF-16 byte order mark. Fix: save the script as "
                + "UTF-8"), refused.err());
        assertFalse(refused.hasStackTrace());
    }

    @Test
    void withoutPackageABundledSnapshotImportsFromItsPrebuiltJarSoTheOutputCompilesAgainstTheDependency()
            throws Exception {
        CliRun exo = CliRun.of("translate", "Get-Mailbox -Identity vasil");
        assertEquals(ExoBindingsCli.OK, exo.code(), exo.err());
        assertTrue(exo.out().contains("import dev.exobindings.exo.GetMailbox;"), exo.out());
        assertTrue(exo.err().contains("(package dev.exobindings.exo)"), exo.err());

        CliRun selected = CliRun.of("translate", "Get-Mailbox -Identity vasil | Select-Object DisplayName");
        assertEquals(ExoBindingsCli.OK, selected.code(), selected.err());
        assertTrue(selected.out().contains("import dev.exobindings.exo.model.Mailbox;\n"), selected.out());
        assertTrue(selected.out().contains("exo.invoke(GetMailbox.identity(\"vasil\").select(Mailbox.DISPLAY_NAME));"),
                selected.out());

        CliRun scc = CliRun.of("translate", "Get-ComplianceSearch -Identity case1", "--snapshot",
                "security-compliance");
        assertEquals(ExoBindingsCli.OK, scc.code(), scc.err());
        assertTrue(scc.out().contains("import dev.exobindings.scc.GetComplianceSearch;"), scc.out());
    }

    @Test
    void aSnapshotFileNeedsThePackageItsBindingsWereGeneratedInto() throws Exception {
        Path file = dir.resolve("captured.json");
        try (var in = BundledSnapshots.class.getResourceAsStream(
                BundledSnapshots.resourcePath(BundledSnapshots.EXCHANGE_ONLINE))) {
            Files.copy(in, file);
        }
        CliRun without = CliRun.of("translate", "Get-Mailbox -Identity vasil", "--snapshot", file.toString());
        assertEquals(ExoBindingsCli.USAGE, without.code(), without.err());
        assertTrue(without.err().contains("--package is required with a snapshot file"), without.err());
        assertEquals("", without.out());

        CliRun with = CliRun.of("translate", "Get-Mailbox -Identity vasil", "--snapshot", file.toString(),
                "--package", "org.acme.exchange");
        assertEquals(ExoBindingsCli.OK, with.code(), with.err());
        assertTrue(with.out().contains("import org.acme.exchange.GetMailbox;"), with.out());

        CliRun invalid = CliRun.of("translate", "Get-Mailbox -Identity vasil", "--package", "my-group.exo");
        assertEquals(ExoBindingsCli.USAGE, invalid.code(), invalid.err());
        assertTrue(invalid.err().contains("--package 'my-group.exo' is not a valid Java package name. Fix:"),
                invalid.err());
        assertFalse(without.hasStackTrace() || invalid.hasStackTrace());

        // the prebuilt jar has the bundled CSDL's models, so another CSDL needs the package generated with it
        Path csdl = Files.writeString(dir.resolve("tenant.metadata.xml"), "<x/>");
        CliRun ownCsdl = CliRun.of("translate", "Get-Mailbox -Identity vasil", "--csdl", csdl.toString());
        assertEquals(ExoBindingsCli.USAGE, ownCsdl.code(), ownCsdl.err());
        assertTrue(ownCsdl.err().contains("--package is required with --csdl"), ownCsdl.err());
        assertEquals("", ownCsdl.out());
    }

    @Test
    void wrongInvocationsAreUsageErrorsAndAMissingInputIsAFailure() {
        CliRun neither = CliRun.of("translate");
        assertEquals(ExoBindingsCli.USAGE, neither.code());
        assertTrue(neither.err().contains("give exactly one of LINE and --script FILE"), neither.err());
        CliRun both = CliRun.of("translate", "Get-Mailbox", "--script", "x.ps1");
        assertEquals(ExoBindingsCli.USAGE, both.code());
        CliRun missingScript = CliRun.of("translate", "--script", dir.resolve("none.ps1").toString());
        assertEquals(ExoBindingsCli.FAILURE, missingScript.code());
        assertTrue(missingScript.err().contains("the script " + dir.resolve("none.ps1").toAbsolutePath().normalize()
                + " (--script) does not exist. Fix: check the path"), missingScript.err());
        CliRun folderOutput = CliRun.of("translate", "Get-Mailbox -Identity x", "--output", dir.toString());
        assertEquals(ExoBindingsCli.USAGE, folderOutput.code());
        assertTrue(folderOutput.err().contains("--output " + dir + " is a folder: give the file"), folderOutput.err());
        assertEquals("", folderOutput.out(), "nothing translated before the usage error");
        CliRun empty = CliRun.of("translate", " ");
        assertEquals(ExoBindingsCli.USAGE, empty.code());
        assertTrue(empty.err().contains("LINE is empty: give a PowerShell command line"), empty.err());
        CliRun missingSnapshot = CliRun.of("translate", "Get-Mailbox", "--snapshot", dir.resolve("no.json").toString());
        assertEquals(ExoBindingsCli.FAILURE, missingSnapshot.code());
        assertFalse(neither.hasStackTrace() || missingScript.hasStackTrace() || missingSnapshot.hasStackTrace());
    }
    @Test
    void anUnquotedLineIsAUsageErrorThatSaysToQuoteIt() {
        CliRun run = CliRun.of("translate", "Get-Mailbox", "-Identity", "vasil");
        assertEquals(ExoBindingsCli.USAGE, run.code());
        assertTrue(run.err().contains("Unknown options: '-Identity', 'vasil'"), run.err());
        assertTrue(run.err().contains("quote the whole PowerShell line, e.g. exo-bindings translate"
                + " 'Get-Mailbox -Identity vasil' (or put the commands in a file and give --script FILE)"), run.err());
        assertEquals("", run.out());
        CliRun other = CliRun.of("generate", "--no-such-option");
        assertFalse(other.err().contains("quote the whole PowerShell line"), other.err());
        // a quoted line with an option translate does not have: the option is named, not glued into the line
        CliRun option = CliRun.of("translate", "--line", "Set-Mailbox -Identity vasil -ForwardingSmtpAddress $null");
        assertEquals(ExoBindingsCli.USAGE, option.code());
        assertTrue(option.err().contains("Hint: translate has no option --line; the PowerShell line is its one"
                + " argument, e.g. exo-bindings translate 'Set-Mailbox -Identity vasil -ForwardingSmtpAddress $null'"),
                option.err());
        assertFalse(option.err().contains("$null --line"), option.err());
    }

    @Test
    void thePrintedJavaCompilesWhateverTheEchoedLinesAndNotesHold() throws Exception {
        Path script = dir.resolve("echo.ps1");
        Files.writeString(script, "Add-MailboxPermission -Identity TV -User \"CONTOSO\\user1\" -AccessRights FullAccess\n"
                + "Get-Mailbox -Identity x # \\u000a System.out.println(\"INJECTED\");\r\n"
                + "Get-Mailbox -Identity x # \\uu000d System.out.println(\"INJECTED\");\r"
                + "$p = @{\n    Identity = \"vasil\"\n    CustomAttribute1 = 'x'\n}\nSet-Mailbox @p\n");
        Path output = dir.resolve("out.txt");
        CliRun run = CliRun.of("translate", "--script", script.toString(), "--package", "com.example.exo",
                "--output", output.toString());
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        assertTrue(run.err().contains("4 of 4 command(s) translated"), run.err());
        assertTrue(run.out().contains("// note: $p is @{\n//     Identity = \"vasil\"\n"), run.out());
        assertEquals(run.out(), Files.readString(output));
        PrintedJava.assertCompiles(run.out(), List.of("Add-MailboxPermission", "Get-Mailbox", "Set-Mailbox"),
                dir.resolve("compile"));

        CliRun line = CliRun.of("translate", "Get-Mailbox -Identity x # \\u000a System.out.println(\"INJECTED\");",
                "--package", "com.example.exo");
        assertEquals(ExoBindingsCli.OK, line.code(), line.err());
        PrintedJava.assertCompiles(line.out(), List.of("Get-Mailbox"), dir.resolve("compile-line"));
    }
}
