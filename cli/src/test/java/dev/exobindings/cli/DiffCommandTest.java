package dev.exobindings.cli;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.io.SnapshotWriter;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffCommandTest {
    @TempDir
    Path dir;

    @Test
    void identicalSnapshotsExitZero() {
        CliRun run = CliRun.of("diff", "security-compliance", "security-compliance");
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("bundled:security-compliance -> bundled:security-compliance: "), run.out());
        assertFalse(run.err().contains("warning"), run.err());
    }

    @Test
    void differencesAreAFindingWithReports() throws Exception {
        Path markdown = dir.resolve("diff.md");
        Path json = dir.resolve("diff.json");
        CliRun run = CliRun.of("diff", "exchange-online", "security-compliance", "--markdown", markdown.toString(),
                "--json", json.toString());
        assertEquals(ExoBindingsCli.FINDINGS, run.code(), run.err());
        // two products: reported, as the reports are still what was asked for
        assertTrue(run.err().contains("diff: warning: the old snapshot describes exchange-online, the new one"
                + " security-compliance: their cmdlets show as removed and added; compare snapshots of one product"),
                run.err());
        String onlyInExo = "Get-Mailbox";
        assertFalse(BundledSnapshots.securityCompliance().cmdlet(onlyInExo).isPresent());
        assertTrue(Files.readString(markdown).contains(onlyInExo), "markdown names " + onlyInExo);
        assertTrue(Files.readString(json).contains("\"" + onlyInExo + "\""), "json names " + onlyInExo);
        // The summary counts what the differ reports: removed cmdlets, labelled breaking.
        assertTrue(run.out().matches("(?s).*\\d+ change\\(s\\), \\d+ breaking: \\d+ cmdlet\\(s\\) added, \\d+ removed.*"),
                run.out());

        CliRun asMarkdown = CliRun.of("diff", "exchange-online", "security-compliance", "--format", "markdown");
        assertEquals(Files.readString(markdown), asMarkdown.out());
    }

    @Test
    void failOnBreakingIgnoresAdditionsButNotRemovals() {
        Snapshot current = BundledSnapshots.securityCompliance();
        List<Cmdlet> fewer = current.cmdlets().subList(0, current.cmdlets().size() - 1);
        Map<String, Integer> counts = new TreeMap<>(current.header().counts());
        counts.put("cmdlets", fewer.size());
        counts.put("parameters", fewer.stream().mapToInt(c -> c.parameters().size()).sum());
        Header h = current.header();
        Path older = dir.resolve("older.json");
        SnapshotWriter.write(new Snapshot(new Header(h.formatVersion(), h.name(), h.product(), h.captureDate(),
                h.sources(), counts), fewer), older);

        CliRun added = CliRun.of("diff", older.toString(), "security-compliance", "--fail-on-breaking");
        assertEquals(ExoBindingsCli.OK, added.code(), added.out() + added.err());
        assertTrue(added.out().contains("1 cmdlet(s) added"), added.out());
        assertEquals(ExoBindingsCli.FINDINGS, CliRun.of("diff", older.toString(), "security-compliance").code(),
                "without the flag any difference is a finding");
        CliRun removed = CliRun.of("diff", "security-compliance", older.toString(), "--fail-on-breaking");
        assertEquals(ExoBindingsCli.FINDINGS, removed.code(), removed.out());
        assertEquals(dev.exobindings.metadata.diff.SnapshotDiff.EXIT_BREAKING, removed.code(),
                "the library's exit code for a breaking diff is the tool's");
    }

    /** A binary file given as the CSDL: the command's one message, and no "[Fatal Error]" line of the XML parser. */
    @Test
    void aBinaryCsdlFailsWithOnlyTheCommandsMessage(@TempDir Path dir) throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(11).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        Path binary = Files.write(dir.resolve("random.bin"), bytes);
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        CliRun run;
        try {
            run = CliRun.of("diff", "exchange-online", "exchange-online", "--new-csdl", binary.toString());
        } finally {
            System.setErr(err);
        }
        assertEquals(ExoBindingsCli.FAILURE, run.code());
        assertTrue(run.err().contains("random.bin: not UTF-8 text") && run.err().contains("(--new-csdl)"), run.err());
        assertFalse(run.hasStackTrace(), run.err());
        assertFalse(printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains("[Fatal Error]"),
                printed.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A capture's $metadata against the bundled one: the result models are compared, and a removal breaks. */
    @Test
    void theCsdlOptionsCompareTheResultModelsToo() throws Exception {
        String bundled = dev.exobindings.metadata.BundledCsdl.exchangeOnline();
        String mailbox = "<EntityType Name=\"Mailbox\">";
        assertTrue(bundled.contains(mailbox));
        Path added = Files.writeString(dir.resolve("added.metadata.xml"),
                bundled.replace(mailbox, mailbox + "<Property Name=\"TenantOnlyFlag\" Type=\"Edm.Boolean\" />"));
        CliRun addition = CliRun.of("diff", "exchange-online", "exchange-online", "--new-csdl", added.toString(),
                "--fail-on-breaking");
        assertEquals(ExoBindingsCli.OK, addition.code(), "an added property breaks nothing: " + addition.out());
        assertTrue(addition.out().endsWith("; result models: 1 change(s), 0 breaking" + System.lineSeparator()),
                addition.out());

        CliRun removal = CliRun.of("diff", "exchange-online", "exchange-online", "--old-csdl", added.toString(),
                "--fail-on-breaking", "--format", "markdown");
        assertEquals(ExoBindingsCli.FINDINGS, removal.code(), removal.out());
        assertTrue(removal.out().contains("| Exchange.Mailbox | TenantOnlyFlag | property removed | Edm.Boolean | – |"
                + " yes | its getter and constant disappear |"), removal.out());

        CliRun missing = CliRun.of("diff", "exchange-online", "exchange-online", "--new-csdl",
                dir.resolve("none.xml").toString());
        assertEquals(ExoBindingsCli.FAILURE, missing.code());
        assertTrue(missing.err().contains("(--new-csdl) does not exist. Fix: "), missing.err());
        Path snapshotAsCsdl = Files.writeString(dir.resolve("swapped.xml"), "{\"header\": {}}");
        CliRun swapped = CliRun.of("diff", "exchange-online", "exchange-online", "--old-csdl",
                snapshotAsCsdl.toString());
        assertEquals(ExoBindingsCli.FAILURE, swapped.code());
        assertTrue(swapped.err().contains("this is a JSON document (a snapshot or a module catalog?)")
                && swapped.err().contains("(--old-csdl)"), swapped.err());
        assertFalse(missing.hasStackTrace() || swapped.hasStackTrace());
    }

    @Test
    void anUnreadableSnapshotIsAFailureAndABadFormatAUsageError() throws Exception {
        Path notJson = Files.writeString(dir.resolve("capture.json"), "not json");
        CliRun run = CliRun.of("diff", "exchange-online", notJson.toString());
        assertEquals(ExoBindingsCli.FAILURE, run.code());
        assertTrue(run.err().contains("capture.json"), run.err());
        assertFalse(run.hasStackTrace());
        assertEquals(ExoBindingsCli.USAGE, CliRun.of("diff", "a", "b", "--format", "html").code());
    }

    /** Given a CSDL, the reports say what the models did even when nothing changed; without one they do not. */
    @Test
    void unchangedResultModelsAreStillReportedWhenACsdlWasGiven() throws Exception {
        Path same = Files.writeString(dir.resolve("same.metadata.xml"),
                dev.exobindings.metadata.BundledCsdl.exchangeOnline());
        Path markdown = dir.resolve("diff.md");
        Path json = dir.resolve("diff.json");
        CliRun run = CliRun.of("diff", "exchange-online", "exchange-online", "--new-csdl", same.toString(),
                "--markdown", markdown.toString(), "--json", json.toString());
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        assertTrue(run.out().endsWith("; result models: 0 change(s), 0 breaking" + System.lineSeparator()),
                run.out());
        assertTrue(Files.readString(markdown).contains("\n## Result models ($metadata)\n\nNo change: "),
                Files.readString(markdown));
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toFile());
        assertTrue(report.get("models").isArray() && report.get("models").isEmpty(), report.toString());

        Path plainMarkdown = dir.resolve("plain.md");
        Path plainJson = dir.resolve("plain.json");
        CliRun plain = CliRun.of("diff", "exchange-online", "exchange-online", "--markdown", plainMarkdown.toString(),
                "--json", plainJson.toString());
        assertFalse(plain.out().contains("result models"), plain.out());
        assertFalse(Files.readString(plainMarkdown).contains("Result models"));
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(plainJson.toFile()).get("models") == null);
    }

    /** Both reports or neither: a JSON report that cannot be written leaves no new Markdown report beside it. */
    @Test
    void aReportThatCannotBeWrittenLeavesTheOtherAsItWas() throws Exception {
        Path markdown = dir.resolve("both.md");
        Path json = Files.createDirectories(dir.resolve("both.json")); // a folder: the write fails for any user
        CliRun failed = CliRun.of("diff", "exchange-online", "security-compliance", "--markdown", markdown.toString(),
                "--json", json.toString());
        assertEquals(ExoBindingsCli.FAILURE, failed.code(), failed.err());
        assertTrue(failed.err().contains("Cannot write the diff report"), failed.err());
        assertFalse(failed.hasStackTrace());
        assertFalse(Files.exists(markdown), "the Markdown report of the failed run was removed");
    }
}
