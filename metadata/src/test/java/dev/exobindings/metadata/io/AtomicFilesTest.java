package dev.exobindings.metadata.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheBytesCreatingTheFolderAndLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("a/b/Out.java");
        AtomicFiles.writeString(file, "class Out {}\n");
        assertEquals("class Out {}\n", Files.readString(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of("Out.java"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = folder.resolve("Out.java");
        Files.writeString(file, "old, and longer than the new text");
        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals(List.of("Out.java"), names());
    }

    @Test
    void aTemporaryFileLeftBehindByACrashIsNeitherUsedNorBlocking() throws IOException {
        Path stale = folder.resolve(".Out.java.tmp");
        Files.writeString(stale, "left by a crashed writer");
        Path file = folder.resolve("Out.java");
        AtomicFiles.writeString(file, "fresh");
        assertEquals("fresh", Files.readString(file));
        assertEquals("left by a crashed writer", Files.readString(stale));
        assertEquals(List.of(".Out.java.tmp", "Out.java"), names());
    }

    @Test
    void theResultHasAPlainWritesPermissionsAndAFailureLeavesNothing() throws IOException {
        Path file = folder.resolve("Out.java");
        AtomicFiles.writeString(file, "x");
        Path plain = Files.writeString(folder.resolve("Plain.java"), "x");
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
        }
        Path folderInTheWay = folder.resolve("Dir.java");
        Files.createDirectories(folderInTheWay.resolve("child"));
        assertThrows(IOException.class, () -> AtomicFiles.writeString(folderInTheWay, "y"));
        assertEquals(List.of("Dir.java", "Out.java", "Plain.java"), names());
    }

    @Test
    void aSetOfFilesIsReplacedWholeOrNotAtAll() throws IOException {
        Path a = folder.resolve("n.json");
        Path b = folder.resolve("n.traits.tsv");
        Files.writeString(a, "old a");
        Files.writeString(b, "old b");
        Files.writeString(folder.resolve("blocked"), "a file where a folder is needed");
        Map<Path, byte[]> set = new LinkedHashMap<>();
        set.put(a, "new a".getBytes(StandardCharsets.UTF_8));
        set.put(folder.resolve("blocked/n.psm1"), "x".getBytes(StandardCharsets.UTF_8));
        set.put(b, "new b".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> AtomicFiles.writeAll(set));
        assertEquals("old a", Files.readString(a), "nothing is replaced when one file cannot be written");
        assertEquals("old b", Files.readString(b));
        assertEquals(List.of("blocked", "n.json", "n.traits.tsv"), names(), "no temporary file is left");

        set.remove(folder.resolve("blocked/n.psm1"));
        AtomicFiles.writeAll(set);
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
        assertEquals(List.of("blocked", "n.json", "n.traits.tsv"), names());
    }
}
