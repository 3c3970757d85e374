package dev.exobindings.metadata.tools;

import dev.exobindings.metadata.model.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Provenance comes from the input's SOURCE.md, not from values written into the code. */
class SourceNoteTest {
    @TempDir
    Path dir;

    private Path note(String text) throws IOException {
        return Files.writeString(dir.resolve("SOURCE.md"), text);
    }

    @Test
    void olderDocsLayoutPathAndDateAreRecordedAsWritten() throws IOException {
        Path md = note("""
                | what | value |
                | --- | --- |
                | Repository | https://github.com/MicrosoftDocs/office-docs-powershell |
                | Commit (snapshot HEAD) | `a5ace75f0000000000000000000000000000abcd` |
                | Commit date (HEAD) | 2025-07-31T10:00:00+00:00 |
                | Folder path in repo | `exchange/exchange-ps/exchange/` |
                """);
        SourceNote note = SourceNote.read(md, SourceKind.DOCS, "", "CC-BY-4.0");
        assertEquals("exchange/exchange-ps/exchange", note.source().path());
        assertEquals("MicrosoftDocs/office-docs-powershell", note.source().repository());
        assertEquals("a5ace75f0000000000000000000000000000abcd", note.source().commit());
        assertEquals("2025-07-31", note.date());
    }

    @Test
    void aCatalogNoteNamesSeveralFilesAndTheDateBesideTheCommit() throws IOException {
        Path md = note("""
                | Repository | https://github.com/example/catalogs |
                | Commit of the files | `0123456789abcdef0123456789abcdef01234567` (2026-01-02) |
                | Paths in that repository | `spec/catalog/SCC-catalog.json`, `spec/metadata/SCC-metadata.xml` |
                """);
        SourceNote note = SourceNote.read(md, SourceKind.CATALOG, "SCC-catalog.json", "MIT");
        assertEquals("spec/catalog/SCC-catalog.json", note.source().path());
        assertEquals("2026-01-02", note.date());
    }

    @Test
    void aNoteWithoutPathSaysWhatIsMissing() throws IOException {
        Path md = note("""
                | Repository | https://github.com/example/catalogs |
                | Commit of the files | `0123456789abcdef0123456789abcdef01234567` (2026-01-02) |
                """);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SourceNote.read(md, SourceKind.CATALOG, "EXO-catalog.json", "MIT"));
        assertTrue(e.getMessage().contains("a path ending in EXO-catalog.json"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix: "), e.getMessage());
    }

    @Test
    void aNoteWithoutDateSaysHowToGiveIt() throws IOException {
        Path md = note("""
                | Repository | https://github.com/example/catalogs |
                | Commit | `0123456789abcdef0123456789abcdef01234567` |
                | Path | `catalog.json` |
                """);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SourceNote.read(md, SourceKind.CATALOG, "", "MIT"));
        assertTrue(e.getMessage().contains("give the capture date on the command line"), e.getMessage());
    }
}
