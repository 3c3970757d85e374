package dev.exobindings.metadata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrong document given as the catalog, checked without ../shared (CatalogImporterTest reads its catalog). */
class CatalogInputMistakesTest {
    @TempDir
    Path dir;

    /** A snapshot handed over as the catalog is named for what it is (the reverse of SnapshotReader's message). */
    @Test
    void aSnapshotGivenAsTheCatalogIsNamedAsSuch() throws IOException {
        Path snapshot = dir.resolve("exo.json");
        try (var in = dev.exobindings.metadata.BundledSnapshots.class.getResourceAsStream(
                "/dev/exobindings/metadata/snapshots/security-compliance.json")) {
            Files.write(snapshot, in.readAllBytes());
        }
        CatalogException e = assertThrows(CatalogException.class, () -> CatalogImporter.importFile(snapshot));
        assertEquals(snapshot + ": $: this is a snapshot, not a module catalog. Fix: give it to generate, diff or"
                + " simulate as a snapshot; import reads a module catalog (cmdlets named by \"cmdlet\")", e.getMessage());
    }
}
