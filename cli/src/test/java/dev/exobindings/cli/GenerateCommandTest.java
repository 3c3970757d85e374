package dev.exobindings.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void generatesTheIncludedCmdletsAndSaysWhatItDid() throws Exception {
        Path out = dir.resolve("gen");
        CliRun run = CliRun.of("generate", "--package", "com.example.exo", "--output", out.toString(),
                "--include", "Get-Mailbox", "--include", "Set-Mailbox");
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        Path pkg = out.resolve("com/example/exo");
        assertTrue(Files.readString(pkg.resolve("GetMailbox.java")).contains("package com.example.exo;"));
        assertTrue(Files.exists(pkg.resolve("SetMailbox.java")));
        assertFalse(Files.exists(pkg.resolve("NewMailbox.java")), "only what was included");
        assertTrue(run.out().startsWith("generated 2 cmdlets"), run.out());
        assertTrue(run.out().contains("from bundled:exchange-online"), run.out());
        // The snapshot's facts the generator decided on go to the notes file, which the summary names.
        Path notes = GenerateCommand.notesFile(out);
        assertTrue(run.out().endsWith("1 note(s) about the snapshot in " + notes + System.lineSeparator()), run.out());
        assertEquals(java.util.List.of("Unknown Exchange type 'UniqueRecipientsCountLimitLevelType' mapped to String "
                + "on 1 parameter(s): Set-Mailbox -UniqueRecipientsCountLimitLevel"), Files.readAllLines(notes));

        CliRun again = CliRun.of("generate", "--package", "com.example.exo", "--output", out.toString(),
                "--include", "Get-Mailbox", "--include", "Set-Mailbox");
        assertEquals(ExoBindingsCli.OK, again.code());
        assertTrue(again.out().contains(" 0 files written"), again.out());
    }

    /** The progress line counts the snapshot's cmdlets; the summary says how many of them were not generated. */
    @Test
    void theSummarySaysWhichSelectedCmdletsWereLeftOutAsClientSide() {
        CliRun run = CliRun.of("generate", "--package", "com.example.exo", "--output", dir.resolve("gen").toString(),
                "--include", "Get-Mailbox", "--include", "Connect-ExchangeOnline");
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("generated 1 cmdlet (1 client-side cmdlet InvokeCommand cannot run left out),"),
                run.out());
        assertFalse(Files.exists(dir.resolve("gen/com/example/exo/ConnectExchangeOnline.java")));
    }

    @Test
    void anIncludeThatMatchesNoCmdletFailsNamingTheGlobAndWritesNothing() {
        Path out = dir.resolve("gen");
        CliRun run = CliRun.of("generate", "--package", "com.example.exo", "--output", out.toString(),
                "--include", "Get-Mailbox", "--include", "Get-Mailbx");
        assertEquals(ExoBindingsCli.FAILURE, run.code());
        assertTrue(run.err().contains("generate: error: Include glob(s) [Get-Mailbx] match no cmdlet in snapshot "
                + "exchange-online. Fix: correct the spelling"), run.err());
        assertFalse(run.hasStackTrace());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void anExcludeThatMatchesNoCmdletIsAWarningOnStandardError() {
        CliRun run = CliRun.of("generate", "--package", "com.example.exo", "--output", dir.resolve("gen").toString(),
                "--include", "Get-Mailbox", "--exclude", "Get-Mailbx");
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        assertTrue(run.err().contains("generate: warning: Exclude glob 'Get-Mailbx' matches no cmdlet in snapshot "
                + "exchange-online, so it excludes nothing"), run.err());
        assertTrue(run.out().startsWith("generated 1 cmdlet, "), run.out());
        assertFalse(Files.exists(GenerateCommand.notesFile(dir.resolve("gen"))), "Get-Mailbox alone: no notes");
    }

    @Test
    void aMissingSnapshotFileFailsWithTheFixAndNoStackTrace() {
        Path missing = dir.resolve("capture.json");
        CliRun run = CliRun.of("generate", "--snapshot", missing.toString(), "--package", "p", "--output",
                dir.resolve("gen").toString());
        assertEquals(ExoBindingsCli.FAILURE, run.code());
        assertTrue(run.err().startsWith("generate: error: snapshot file " + missing), run.err());
        assertTrue(run.err().contains("Fix: "), run.err());
        assertFalse(run.hasStackTrace());
        assertFalse(Files.exists(dir.resolve("gen")), "nothing written");
    }

    @Test
    void aBrokenSnapshotNamesTheFileAndPlaceAndVerboseShowsTheStackTrace() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1, \"cmdlets\": 7}");
        CliRun run = CliRun.of("generate", "--snapshot", broken.toString(), "--package", "p", "--output",
                dir.resolve("gen").toString());
        assertEquals(ExoBindingsCli.FAILURE, run.code());
        assertTrue(run.err().contains("broken.json"), run.err());
        assertFalse(run.hasStackTrace());

        CliRun verbose = CliRun.of("generate", "--verbose", "--snapshot", broken.toString(), "--package", "p",
                "--output", dir.resolve("gen").toString());
        assertEquals(ExoBindingsCli.FAILURE, verbose.code());
        assertTrue(verbose.hasStackTrace(), verbose.err());
    }

    @Test
    void anInvalidPackageNameIsAUsageErrorNamingIt() {
        CliRun run = CliRun.of("generate", "--package", "com.example-exo", "--output", dir.resolve("gen").toString(),
                "--include", "Get-Mailbox");
        assertEquals(ExoBindingsCli.USAGE, run.code(), run.err());
        assertTrue(run.err().contains("--package 'com.example-exo' is not a valid Java package name"), run.err());
        assertTrue(run.err().contains("e.g. com.example.exo"), run.err());
        assertFalse(run.hasStackTrace());
        assertFalse(Files.exists(dir.resolve("gen")), "nothing written");
    }

    @Test
    void aGlobThatIsNotOneIsAUsageErrorNamingTheOptionAsTyped() {
        CliRun run = CliRun.of("generate", "--package", "com.example.exo", "--output", dir.resolve("gen").toString(),
                "--include", "Get-Mailbox,Set-Mailbox");
        assertEquals(ExoBindingsCli.USAGE, run.code(), run.err());
        assertTrue(run.err().contains("--include 'Get-Mailbox,Set-Mailbox' is not a cmdlet-name glob"), run.err());
        assertTrue(run.err().contains("one glob per --include"), run.err());
        assertFalse(run.err().contains("includes[0]"), run.err());
        CliRun exclude = CliRun.of("generate", "--package", "com.example.exo", "--output",
                dir.resolve("gen").toString(), "--exclude", "Get Mailbox");
        assertEquals(ExoBindingsCli.USAGE, exclude.code(), exclude.err());
        assertTrue(exclude.err().contains("--exclude 'Get Mailbox' is not a cmdlet-name glob"), exclude.err());
        assertFalse(Files.exists(dir.resolve("gen")), "nothing written");
    }

    /**
     * The notes file goes beside the output folder: when it cannot be written there, the run fails before generating.
     * A folder in its place makes the write fail for any user, root included; an unwritable parent folder takes the
     * same path (checked by hand as an unprivileged user: tests here may run as root, which permissions do not stop).
     */
    @Test
    void aNotesFileThatCannotBeWrittenFailsBeforeAnythingIsGenerated() throws Exception {
        Path out = Files.createDirectories(dir.resolve("gen"));
        Path notes = Files.createDirectories(GenerateCommand.notesFile(out));
        CliRun run = CliRun.of("generate", "--package", "com.example.exo", "--output", out.toString(),
                "--include", "Get-Mailbox", "--include", "Set-Mailbox");
        assertEquals(ExoBindingsCli.FAILURE, run.code(), run.err());
        assertTrue(run.err().contains("the generator's notes go beside the output folder, in " + notes), run.err());
        assertTrue(run.err().contains("nothing was generated. Fix: move or rename that folder"), run.err());
        assertFalse(run.hasStackTrace());
        try (var files = Files.list(out)) {
            assertEquals(0, files.count(), "nothing generated");
        }
    }
}
