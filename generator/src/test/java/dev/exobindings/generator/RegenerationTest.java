package dev.exobindings.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.testing.Fixtures;
import dev.exobindings.generator.write.SourceWriter;
import dev.exobindings.metadata.model.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Determinism and regeneration: same bytes, nothing rewritten, stale files removed, foreign files kept. */
class RegenerationTest {
    @TempDir
    Path dir;

    private static GenerationReport generate(Snapshot snapshot, Path out, List<String> excludes) {
        return CodeGenerator.builder().snapshot(snapshot).targetPackage(Fixtures.PACKAGE).excludes(excludes)
                .outputDirectory(out).models(false).build().generate(); // file counts of the snapshot alone
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void twoRunsGiveIdenticalBytes() throws IOException {
        generate(Fixtures.all(), dir.resolve("a"), List.of());
        generate(Fixtures.all(), dir.resolve("b"), List.of());
        Map<String, String> a = contents(dir.resolve("a"));
        assertEquals(26, a.size(), "25 sources and the manifest");
        assertEquals(a, contents(dir.resolve("b")));
    }

    @Test
    void parallelRunsGiveTheSameBytesAsASequentialOne() throws Exception {
        generate(Fixtures.all(), dir.resolve("sequential"), List.of());
        Map<String, String> expected = contents(dir.resolve("sequential"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<GenerationReport>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Path out = dir.resolve("parallel-" + i);
                runs.add(pool.submit(() -> generate(Fixtures.all(), out, List.of())));
            }
            for (int i = 0; i < 4; i++) {
                assertEquals(25, runs.get(i).get().filesWritten());
                assertEquals(expected, contents(dir.resolve("parallel-" + i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReRunWritesNothing() throws IOException {
        generate(Fixtures.all(), dir, List.of());
        Path file = dir.resolve("com/example/fixture/GetMailbox.java");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);
        Files.setLastModifiedTime(dir.resolve(SourceWriter.MANIFEST), old);
        GenerationReport again = generate(Fixtures.all(), dir, List.of());
        assertEquals(0, again.filesWritten());
        assertEquals(25, again.filesUnchanged());
        assertEquals(0, again.filesDeleted());
        assertEquals(old, Files.getLastModifiedTime(file), "an unchanged file is not touched");
        assertEquals(old, Files.getLastModifiedTime(dir.resolve(SourceWriter.MANIFEST)));
    }

    @Test
    void aRemovedCmdletsFileIsDeletedAndAForeignFileIsKept() throws IOException {
        Path foreign = dir.resolve("com/example/fixture/Handwritten.java");
        Files.createDirectories(foreign.getParent());
        Files.writeString(foreign, "package com.example.fixture; class Handwritten {}");
        Path notes = Files.writeString(dir.resolve("NOTES.txt"), "mine");
        generate(Fixtures.all(), dir, List.of());
        GenerationReport second = generate(Fixtures.all(), dir, List.of("Set-Tables"));
        assertEquals(1, second.filesDeleted());
        assertEquals(2, second.filesWritten(), "the catalog and package-info state the cmdlets");
        assertEquals(22, second.filesUnchanged());
        assertFalse(Files.exists(dir.resolve("com/example/fixture/SetTables.java")));
        assertTrue(Files.exists(foreign), "a file the generator did not write is never deleted");
        assertTrue(Files.exists(notes));
        assertFalse(Files.readString(dir.resolve(SourceWriter.MANIFEST)).contains("SetTables"));
    }

    /** After a package change the old package's folders go with their files; a folder holding a user's file stays. */
    @Test
    void aPackageChangeLeavesNoEmptyFoldersBehind() throws IOException {
        generate(Fixtures.all(), dir, List.of());
        Path mine = Files.writeString(dir.resolve("com/example/Mine.java"), "package com.example; class Mine {}");
        CodeGenerator.builder().snapshot(Fixtures.all()).targetPackage("org.other.exo").outputDirectory(dir)
                .models(false).build().generate();
        assertFalse(Files.exists(dir.resolve("com/example/fixture")), "the old package's folder, enums included");
        assertTrue(Files.exists(mine), "a user's file and its folder stay");
        assertTrue(Files.exists(dir.resolve("org/other/exo")));
    }

    @Test
    void aGeneratedFileTheUserRewroteIsNotDeleted() throws IOException {
        generate(Fixtures.all(), dir, List.of());
        Path edited = dir.resolve("com/example/fixture/SetTables.java");
        Files.writeString(edited, "// my own now\nclass SetTables {}");
        GenerationReport second = generate(Fixtures.all(), dir, List.of("Set-Tables"));
        assertEquals(0, second.filesDeleted());
        assertTrue(Files.exists(edited));
        assertTrue(second.warnings().contains("Left com/example/fixture/SetTables.java in place: it no longer "
                + "carries the generator's marker"), second.warnings().toString());
    }

    @Test
    void aForeignFileAtAGeneratedPathIsNeverOverwritten() throws IOException {
        Path foreign = dir.resolve("com/example/fixture/GetMailbox.java");
        Files.createDirectories(foreign.getParent());
        Files.writeString(foreign, "class GetMailbox { /* hand-written */ }");
        GeneratorException e = assertThrows(GeneratorException.class,
                () -> generate(Fixtures.all(), dir, List.of()));
        assertTrue(e.getMessage().contains("exists and was not written by the generator"), e.getMessage());
        assertEquals("class GetMailbox { /* hand-written */ }", Files.readString(foreign));
    }

    @Test
    void aFolderOrALinkAtAGeneratedPathIsReportedAndLeftAlone() throws IOException {
        Path folder = dir.resolve("com/example/fixture/GetMailbox.java");
        Files.createDirectories(folder.resolve("inside"));
        GeneratorException e = assertThrows(GeneratorException.class,
                () -> generate(Fixtures.all(), dir, List.of()));
        assertTrue(e.getMessage().contains("GetMailbox.java exists and is not a regular file"), e.getMessage());
        assertTrue(Files.isDirectory(folder.resolve("inside")));

        Path other = dir.resolve("elsewhere");
        Path outside = Files.writeString(Files.createDirectories(dir.resolve("outside")).resolve("Target.java"), "mine");
        Path link = other.resolve("com/example/fixture/GetMailbox.java");
        Files.createDirectories(link.getParent());
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException noLinks) {
            return; // a file system without links cannot hold this case
        }
        e = assertThrows(GeneratorException.class, () -> generate(Fixtures.all(), other, List.of()));
        assertTrue(e.getMessage().contains("GetMailbox.java exists and is not a regular file"), e.getMessage());
        assertEquals("mine", Files.readString(outside));
    }

    @Test
    void aHostileManifestCannotDeleteOutsideTheOutputDirectory() throws IOException {
        Path out = dir.resolve("out");
        Path victim = dir.resolve("victim/Important.java");
        Files.createDirectories(victim.getParent());
        Files.writeString(victim, "// Generated by exo-bindings from a cmdlet metadata snapshot. Do not edit.\n");
        Files.createDirectories(out);
        Files.writeString(out.resolve(SourceWriter.MANIFEST), "../victim/Important.java\n"
                + victim.toAbsolutePath() + "\n");
        GenerationReport report = generate(Fixtures.all(), out, List.of());
        assertEquals(0, report.filesDeleted());
        assertTrue(Files.exists(victim));
    }
}
