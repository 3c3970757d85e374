package dev.exobindings.maven;

import static dev.exobindings.maven.PomProjects.generate;
import static dev.exobindings.maven.PomProjects.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslateMojoTest {
    @TempDir
    Path base;

    private final RecordingLog log = new RecordingLog();
    private final List<String> infos = log.infos;
    private final List<String> warnings = log.warnings;
    private final List<String> errors = log.errors;

    private TranslateMojo mojo(String line) {
        TranslateMojo mojo = new TranslateMojo();
        mojo.line = line;
        mojo.snapshot = "exchange-online";
        mojo.failOnProblem = true;
        mojo.baseDirectory = base.toFile();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void aCmdletOutsideTheGenerateExecutionsIncludesIsAProblemNotAnImportOfAMissingClass() throws Exception {
        TranslateMojo mojo = mojo("Get-User -Identity x\nGet-Mailbox -Identity x");
        mojo.project = project(base, generate("default", "packageName", "com.example.exo",
                "includes", List.of("Get-Mailbox*", "Set-Mailbox")));
        mojo.output = base.resolve("t.txt").toFile();
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("1 of 2 command(s) cannot be translated"), e.getMessage());
        String written = Files.readString(base.resolve("t.txt"));
        assertFalse(written.contains("import com.example.exo.GetUser;"), written);
        assertTrue(written.contains("import com.example.exo.GetMailbox;"), written);
        assertTrue(errors.get(0).contains("Get-User is not among the generated cmdlets: execution 'default' generates "
                + "includes [Get-Mailbox*, Set-Mailbox]"), errors.toString());
    }

    @Test
    void aMistypedSnapshotIsReportedBeforeAnyPackage() {
        TranslateMojo mojo = mojo("Get-Mailbox");
        mojo.snapshot = "exchange";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("Snapshot file " + base.resolve("exchange") + " (from <snapshot>) does "
                + "not exist. Fix:"), e.getMessage());
    }

    @Test
    void theConsoleShowsTheImportsAndProblemsAreWarningsWhenTheyDoNotFailTheBuild() throws Exception {
        TranslateMojo mojo = mojo("Get-Mailbox -Identity x\nGet-Nothing");
        mojo.failOnProblem = false;
        mojo.execute();
        assertTrue(infos.contains("  import dev.exobindings.exo.GetMailbox;"), infos.toString());
        assertEquals(List.of(), errors, "no [ERROR] in a successful build");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("line 2, column 1: UNKNOWN_CMDLET"), warnings.toString());
    }
}
