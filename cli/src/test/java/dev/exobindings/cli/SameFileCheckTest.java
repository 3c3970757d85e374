package dev.exobindings.cli;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.io.SnapshotWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An output that is one of the command's own inputs is a usage error, and the input is left as it was. */
class SameFileCheckTest {
    private static final String SOURCE = "catalog:philband/go-exoscc:6f660c23bd294bfc932b65338421150fe49d9f92:"
            + "spec/catalog/Purview-catalog.json:MIT";

    @TempDir
    Path dir;

    @Test
    void diffRefusesToWriteAReportOverTheNewSnapshot() throws IOException {
        Path victim = dir.resolve("victim.json");
        SnapshotWriter.write(BundledSnapshots.securityCompliance(), victim);
        byte[] before = Files.readAllBytes(victim);

        CliRun json = CliRun.of("diff", "exchange-online", victim.toString(), "--json", victim.toString());
        assertEquals(ExoBindingsCli.USAGE, json.code(), json.out() + json.err());
        assertTrue(json.err().contains("--json and NEW name the same file, " + victim.toAbsolutePath().normalize()),
                json.err());
        assertTrue(json.err().contains("Fix: give --json another file"), json.err());
        assertArrayEquals(before, Files.readAllBytes(victim), "the snapshot is untouched");

        // another spelling of the same file is still the same file
        CliRun markdown = CliRun.of("diff", victim.toString(), "exchange-online", "--markdown",
                dir.resolve("sub/../victim.json").toString());
        assertEquals(ExoBindingsCli.USAGE, markdown.code(), markdown.err());
        assertTrue(markdown.err().contains("--markdown and OLD name the same file"), markdown.err());
        assertArrayEquals(before, Files.readAllBytes(victim));

        Path csdl = Files.writeString(dir.resolve("new.metadata.xml"),
                dev.exobindings.metadata.BundledCsdl.exchangeOnline());
        CliRun overCsdl = CliRun.of("diff", "exchange-online", "exchange-online", "--new-csdl", csdl.toString(),
                "--markdown", csdl.toString());
        assertEquals(ExoBindingsCli.USAGE, overCsdl.code(), overCsdl.err());
        assertTrue(overCsdl.err().contains("--markdown and --new-csdl name the same file"), overCsdl.err());
        assertFalse(json.hasStackTrace() || markdown.hasStackTrace() || overCsdl.hasStackTrace());
    }

    @Test
    void importRefusesToWriteTheSnapshotOverItsCatalog() throws IOException {
        Path catalog = dir.resolve("cat-copy.json");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/Purview-catalog.json")) {
            Files.copy(in, catalog);
        }
        byte[] before = Files.readAllBytes(catalog);
        CliRun run = CliRun.of("import", "--catalog", catalog.toString(), "--product", "security-compliance",
                "--name", "cat-copy", "--capture-date", "2026-07-24", "--source", SOURCE, "--output",
                catalog.toString());
        assertEquals(ExoBindingsCli.USAGE, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("--output and --catalog name the same file, " + catalog.toAbsolutePath()),
                run.err());
        assertArrayEquals(before, Files.readAllBytes(catalog), "the catalog is untouched");
        assertFalse(Files.exists(dir.resolve("cat-copy.merge-report.txt")), "nothing written");

        // the merge report beside the snapshot is an output too
        Path traits = Files.writeString(dir.resolve("purview.merge-report.txt"), "not really traits");
        CliRun overTraits = CliRun.of("import", "--catalog", catalog.toString(), "--product", "security-compliance",
                "--name", "purview", "--capture-date", "2026-07-24", "--source", SOURCE, "--module-traits",
                traits.toString(), "--output", dir.resolve("purview.json").toString());
        assertEquals(ExoBindingsCli.USAGE, overTraits.code(), overTraits.err());
        assertTrue(overTraits.err().contains("and --module-traits name the same file"), overTraits.err());
        assertEquals("not really traits", Files.readString(traits));
        assertFalse(Files.exists(dir.resolve("purview.json")));
    }

    @Test
    void translateRefusesToWriteTheTranslationsOverTheScript() throws IOException {
        Path script = Files.writeString(dir.resolve("victim.ps1"), "Get-Mailbox -Identity vasil\n");
        CliRun run = CliRun.of("translate", "--script", script.toString(), "--output", script.toString());
        assertEquals(ExoBindingsCli.USAGE, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("--output and --script name the same file"), run.err());
        assertEquals("Get-Mailbox -Identity vasil\n", Files.readString(script));
        assertEquals("", run.out(), "nothing translated");
    }

    @Test
    void pathsAreTheSameFileWhenTheyResolveToIt() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "a");
        assertTrue(SameFileCheck.same(a, dir.resolve("x/../a.txt")));
        assertFalse(SameFileCheck.same(a, dir.resolve("b.txt")));
        assertTrue(SameFileCheck.same(dir.resolve("new.txt"), dir.resolve("./new.txt")), "neither exists yet");
    }
}
