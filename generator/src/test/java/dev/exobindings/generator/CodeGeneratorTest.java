package dev.exobindings.generator;

import static dev.exobindings.generator.testing.SnapshotBuilder.cmdlet;
import static dev.exobindings.generator.testing.SnapshotBuilder.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.testing.Fixtures;
import dev.exobindings.generator.testing.SnapshotBuilder;
import dev.exobindings.metadata.model.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point: configuration errors, the report, include/exclude. */
class CodeGeneratorTest {
    @TempDir
    Path dir;

    private static CodeGenerator.Builder generator(Snapshot snapshot, Path out) {
        // Models from the CSDL are off here: these tests count the files of the snapshot alone.
        return CodeGenerator.builder().snapshot(snapshot).targetPackage(Fixtures.PACKAGE).outputDirectory(out)
                .models(false);
    }

    @Test
    void reportsWhatItGenerated() {
        GenerationReport report = generator(Fixtures.all(), dir).build().generate();
        assertEquals(16, report.cmdlets());
        assertEquals(87, report.parameters(), "fixture parameters without Confirm/WhatIf");
        // 16 cmdlet classes, 6 enums, the catalog, 2 package-info files
        assertEquals(25, report.filesWritten());
        assertEquals(0, report.filesUnchanged());
        assertEquals(0, report.filesDeleted());
        assertEquals(4, report.unknownTypeFallbacks(), "Set-Unknown: Frob, Anything, Nested, Other");
        assertTrue(report.notes().contains("Unknown Exchange type 'Frobnicator' mapped to String on 2 "
                + "parameter(s): Set-Unknown -Frob, Set-Unknown -Other"), report.notes().toString());
        assertTrue(report.notes().contains("Unknown Exchange type 'Object' mapped to String on 1 parameter(s): "
                + "Set-Unknown -Anything"), report.notes().toString());
        assertTrue(report.notes().contains("New-Thing: documentation URL is not a plain http(s) URL and was left "
                + "out"), report.notes().toString());
        assertEquals(List.of(), report.warnings(), "facts about the snapshot are notes, not warnings");
        assertTrue(Files.exists(dir.resolve("com/example/fixture/GetMailbox.java")));
        assertTrue(Files.exists(dir.resolve("com/example/fixture/enums/OddMode.java")));
        assertTrue(Files.exists(dir.resolve("com/example/fixture/ExoCmdlets.java")));
        assertTrue(Files.exists(dir.resolve("com/example/fixture/package-info.java")));
    }

    @Test
    void clientSideCmdletsAreNotGeneratedAndTheReportSaysWhy() {
        Snapshot snapshot = SnapshotBuilder.snapshot().add(Fixtures.getThing())
                .add(cmdlet("Connect-ExchangeOnline").param(param("Organization", "String")))
                .add(cmdlet("get-exomailbox").param(param("Identity", "String"))).build();
        GenerationReport report = generator(snapshot, dir).build().generate();
        assertEquals(1, report.cmdlets());
        assertEquals(List.of("Connect-ExchangeOnline", "get-exomailbox"), List.copyOf(report.excludedCmdlets().keySet()),
                "listed names match case-insensitively, reported as the snapshot spells them");
        assertTrue(report.excludedCmdlets().get("get-exomailbox").contains("not InvokeCommand"),
                report.excludedCmdlets().toString());
        assertFalse(Files.exists(dir.resolve("com/example/fixture/ConnectExchangeOnline.java")));
        assertFalse(Files.exists(dir.resolve("com/example/fixture/GetEXOMailbox.java")));
        assertFalse(Files.exists(dir.resolve("com/example/fixture/GetExomailbox.java")));
    }

    @Test
    void includesAndExcludesAreCaseInsensitiveGlobs() {
        GenerationReport report = generator(Fixtures.all(), dir).includes(List.of("get-*", "SET-?AILBOX"))
                .excludes(List.of("*-odd*")).build().generate();
        assertEquals(5, report.cmdlets(),
                "Get-Mailbox, Get-Thing, Get-Collide, Get-DeviceStatistics, Set-Mailbox; Get-OddEnum excluded");
        assertTrue(Files.exists(dir.resolve("com/example/fixture/SetMailbox.java")));
        assertFalse(Files.exists(dir.resolve("com/example/fixture/GetOddEnum.java")));
        assertFalse(Files.exists(dir.resolve("com/example/fixture/NewThing.java")));
    }

    @Test
    void anIncludeThatMatchesNoCmdletIsRefusedAndNothingIsWritten() {
        GeneratorException e = assertThrows(GeneratorException.class, () -> generator(Fixtures.all(), dir)
                .includes(List.of("Get-Mailbox", "Get-Mailbx", "Sett-*")).build().generate());
        assertEquals("Include glob(s) [Get-Mailbx, Sett-*] match no cmdlet in snapshot fixture. Fix: correct the "
                + "spelling (cmdlet names look like Get-Mailbox) or remove the glob.", e.getMessage());
        assertFalse(Files.exists(dir.resolve("com")), "nothing generated");
    }

    /** Get-Mailbox against the Security & Compliance snapshot is no typo: the fix names the snapshot that has it. */
    @Test
    void anIncludeOfAnotherBundledSnapshotsCmdletNamesThatSnapshot() {
        GeneratorException e = assertThrows(GeneratorException.class, () -> generator(
                dev.exobindings.metadata.BundledSnapshots.securityCompliance(), dir).includes(List.of("Get-Mailbox"))
                .build().generate());
        assertEquals("Include glob(s) [Get-Mailbox] match no cmdlet in snapshot security-compliance. Fix: they name"
                + " cmdlets of the bundled snapshot exchange-online, not of security-compliance: generate them from"
                + " exchange-online (a separate execution or output), or remove the glob.", e.getMessage());
        assertFalse(Files.exists(dir.resolve("com")), "nothing generated");
    }

    @Test
    void anEmptySelectionIsBlamedOnTheGlobsOnlyWhenGlobsWereGiven() {
        Snapshot empty = new Snapshot(Fixtures.all().header(), List.of());
        GenerationReport none = generator(empty, dir.resolve("empty")).build().generate();
        assertEquals(List.of("Snapshot fixture has no cmdlets; only the empty catalog was generated. Fix: generate from"
                + " a snapshot that lists cmdlets (a capture lists those the signed-in account's roles allow)"),
                none.warnings());
        GenerationReport excluded = generator(Fixtures.all(), dir.resolve("excluded")).excludes(List.of("*"))
                .build().generate();
        assertEquals(List.of("No cmdlet matched the include/exclude globs; only the empty catalog was generated"),
                excluded.warnings());
    }

    @Test
    void anExcludeThatMatchesNoCmdletIsAWarning() {
        GenerationReport report = generator(Fixtures.all(), dir).includes(List.of("Get-Mailbox"))
                .excludes(List.of("Get-Mailbx", "Set-*")).build().generate();
        assertEquals(1, report.cmdlets());
        assertEquals(List.of("Exclude glob 'Get-Mailbx' matches no cmdlet in snapshot fixture, so it excludes "
                + "nothing; check its spelling (cmdlet names look like Get-Mailbox)"), report.warnings(),
                "Set-* matches cmdlets of the snapshot (outside the includes): no warning for it");
    }

    @Test
    void anInvalidGlobNamesTheGlobAndTheSyntax() {
        GeneratorException e = assertThrows(GeneratorException.class,
                () -> generator(Fixtures.all(), dir).excludes(List.of("Get-*", "Set-[A]*")).build().generate());
        assertTrue(e.getMessage().contains("excludes[1] = 'Set-[A]*'"), e.getMessage());
        assertTrue(e.getMessage().contains("'*' (any characters) and '?' (one character)"), e.getMessage());
    }

    @Test
    void anInvalidPackageNamesThePackageAndTheFix() {
        for (String pkg : List.of("com.example.class", "1abc", "com..x", "", "com.example-x")) {
            GeneratorException e = assertThrows(GeneratorException.class, () -> CodeGenerator.builder()
                    .snapshot(Fixtures.all()).targetPackage(pkg).outputDirectory(dir).build().generate());
            assertTrue(e.getMessage().startsWith("Invalid target package '" + pkg + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("e.g. 'com.example.exo'"), e.getMessage());
        }
        for (String pkg : List.of("java", "java.util", "dev.exobindings.runtime", "dev.exobindings.runtime.x")) {
            GeneratorException e = assertThrows(GeneratorException.class, () -> CodeGenerator.builder()
                    .snapshot(Fixtures.all()).targetPackage(pkg).outputDirectory(dir).build().generate());
            assertTrue(e.getMessage().startsWith("Target package '" + pkg + "' is inside "), e.getMessage());
            assertFalse(Files.exists(dir.resolve("java")) || Files.exists(dir.resolve("dev")), "nothing written");
        }
        assertTrue(CodeGenerator.builder().snapshot(Fixtures.all()).targetPackage("javax.exo").outputDirectory(dir)
                .build().generate().filesWritten() > 0, "javax is not reserved");
    }

    @Test
    void anOutputDirectoryThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        GeneratorException e = assertThrows(GeneratorException.class,
                () -> generator(Fixtures.all(), file).build().generate());
        assertTrue(e.getMessage().contains("is a file; give a directory (plugin: <outputDirectory>, command line: --output)"), e.getMessage());
    }

    @Test
    void anOutputDirectoryThatCannotBeCreatedIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        GeneratorException e = assertThrows(GeneratorException.class,
                () -> generator(Fixtures.all(), file.resolve("sub")).build().generate());
        assertTrue(e.getMessage().startsWith("Cannot create output directory"), e.getMessage());
        assertTrue(e.getMessage().contains("Choose a directory you can write to"), e.getMessage());
    }

    @Test
    void aCmdletNameThatIsNotVerbNounIsRefusedUnlessExcluded() {
        Snapshot snapshot = SnapshotBuilder.snapshot().add(cmdlet("Get-Good")).add(cmdlet("Get-Foo Bar")).build();
        GeneratorException e = assertThrows(GeneratorException.class,
                () -> generator(snapshot, dir).build().generate());
        assertTrue(e.getMessage().contains("cmdlets[1]: name 'Get-Foo Bar' is not a PowerShell Verb-Noun name"),
                e.getMessage());
        assertTrue(e.getMessage().contains("exclude glob"), e.getMessage());
        assertEquals(1, generator(snapshot, dir).excludes(List.of("Get-Foo*")).build().generate().cmdlets());
    }

    @Test
    void aParameterNameThatIsNotAnIdentifierIsRefused() {
        Snapshot snapshot = SnapshotBuilder.snapshot().add(cmdlet("Set-Thing").param(param("Good", "String"))
                .param(param("Bad\"); System.exit(1); //", "String"))).build();
        GeneratorException e = assertThrows(GeneratorException.class,
                () -> generator(snapshot, dir).build().generate());
        assertTrue(e.getMessage().startsWith("Snapshot cmdlets[0] (Set-Thing) parameters[1]: name 'Bad\"); "),
                e.getMessage());
        assertTrue(e.getMessage().contains("not a PowerShell parameter name"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("com")), "nothing is written for an invalid snapshot");
    }

    @Test
    void duplicateNamesAreRefused() {
        Snapshot cmdlets = SnapshotBuilder.snapshot().add(cmdlet("Get-Thing")).add(cmdlet("get-thing")).build();
        GeneratorException e = assertThrows(GeneratorException.class, () -> generator(cmdlets, dir).build()
                .generate());
        assertTrue(e.getMessage().contains("cmdlets[0] (Get-Thing) and cmdlets[1] (get-thing) are one cmdlet"),
                e.getMessage());
        Snapshot params = SnapshotBuilder.snapshot().add(cmdlet("Get-Thing").param(param("Pin", "String"))
                .param(param("PIN", "String"))).build();
        e = assertThrows(GeneratorException.class, () -> generator(params, dir).build().generate());
        assertTrue(e.getMessage().contains("parameter 'PIN' appears twice (parameters[0] and parameters[1])"),
                e.getMessage());
    }
}
