package dev.exobindings.metadata.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotRoundTripTest {
    @TempDir
    Path dir;

    private static Snapshot readText(String json) {
        return SnapshotReader.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void smallSnapshotSurvivesWriteAndRead() {
        Snapshot original = SnapshotFixtures.small();
        String json = SnapshotWriter.toJson(original);
        Snapshot read = readText(json);
        assertEquals(original, read);
        assertEquals(json, SnapshotWriter.toJson(read));
    }

    @Test
    void writtenTextHasTheDocumentedShape() {
        String json = SnapshotWriter.toJson(SnapshotFixtures.small());
        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
        assertTrue(json.startsWith("{\n  \"header\": {\n    \"formatVersion\": 1,\n    \"name\": \"test-snapshot\",\n"));
        assertTrue(json.contains("\"product\": \"exchange-online\""));
        assertTrue(json.contains("\"kind\": \"catalog\""));
        assertTrue(json.contains("\"valuesOrigin\": \"docs-prose\""));
        // defaults are left out: Remove-Thing's Force membership is just its name
        assertTrue(json.contains("{\n              \"name\": \"__AllParameterSets\"\n            }"), json);
        assertFalse(json.contains("\"internal\": false"));
    }

    @Test
    void enumsHaveStableSpellings() {
        assertEquals("exchange-online", SnapshotSpelling.spell(Product.EXCHANGE_ONLINE));
        assertEquals("security-compliance", SnapshotSpelling.spell(Product.SECURITY_COMPLIANCE));
        assertEquals("validate-set", SnapshotSpelling.spell(ValuesOrigin.VALIDATE_SET));
        assertEquals("docs-accepted-values", SnapshotSpelling.spell(ValuesOrigin.DOCS_ACCEPTED_VALUES));
        assertEquals("capture", SnapshotSpelling.spell(SourceKind.CAPTURE));
        assertEquals(ValuesOrigin.DOCS_PROSE, SnapshotSpelling.parse(ValuesOrigin.class, "docs-prose").orElseThrow());
        assertTrue(SnapshotSpelling.parse(Product.class, "EXCHANGE_ONLINE").isEmpty());
    }

    @Test
    void bundledSnapshotsReadWriteReadIdentically() throws IOException {
        for (String name : BundledSnapshots.names()) {
            byte[] committed;
            try (InputStream in = getClass().getResourceAsStream(BundledSnapshots.resourcePath(name))) {
                committed = in.readAllBytes();
            }
            Snapshot read = BundledSnapshots.load(name);
            String written = SnapshotWriter.toJson(read);
            assertArrayEquals(committed, written.getBytes(StandardCharsets.UTF_8), name);
            assertEquals(read, readText(written), name);
        }
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws IOException {
        Snapshot snapshot = BundledSnapshots.securityCompliance();
        Path first = dir.resolve("a/first.json");
        Path second = dir.resolve("second.json");
        SnapshotWriter.write(snapshot, first);
        SnapshotWriter.write(snapshot, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        SnapshotWriter.write(snapshot, first);
        assertArrayEquals(Files.readAllBytes(second), Files.readAllBytes(first));
        assertEquals(snapshot, SnapshotReader.read(first));
    }

    @Test
    void invalidSnapshotLeavesNothingBehind() throws IOException {
        Snapshot valid = SnapshotFixtures.small();
        Path target = dir.resolve("snapshot.json");
        SnapshotWriter.write(valid, target);
        byte[] before = Files.readAllBytes(target);
        Snapshot duplicate = new Snapshot(valid.header(),
                List.of(valid.cmdlets().get(0), valid.cmdlets().get(0)));
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotWriter.write(duplicate, target));
        assertTrue(e.getMessage().contains("duplicate cmdlet name 'Get-Mailbox'"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(target), "existing file untouched");
        Path fresh = dir.resolve("fresh.json");
        assertThrows(SnapshotException.class, () -> SnapshotWriter.write(duplicate, fresh));
        assertFalse(Files.exists(fresh));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left");
        }
    }

    @Test
    void aFolderWhereTheFileShouldGoIsAClearErrorAndStaysAsItWas() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> SnapshotWriter.writeAtomically(folder, "text"));
        assertEquals(folder.toString(), e.file());
        assertTrue(e.getMessage().contains("is a folder, not a file"), e.getMessage());
        // the fix fits a snapshot as well as a report: no made-up file name such as report.txt for a snapshot
        assertTrue(e.getMessage().contains("give the path of the file to write, not of a folder"), e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(folder), left.toList(), "no temporary file beside it");
        }
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void missingFileIsAClearError() {
        Path missing = dir.resolve("nope.json");
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotReader.read(missing));
        assertEquals(missing.toString(), e.file());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }
}
