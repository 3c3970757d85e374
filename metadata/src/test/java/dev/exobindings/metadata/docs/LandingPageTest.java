package dev.exobindings.metadata.docs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A checkout of the docs repository holds the module's landing page beside the cmdlet pages. */
class LandingPageTest {
    @TempDir
    Path folder;

    @Test
    void landingPagesOfBothLayoutsAreSkippedAndNamed() throws IOException {
        Files.writeString(folder.resolve("exchange.md"), Fixtures.text("landing-older.md"));
        Files.writeString(folder.resolve("ExchangePowerShell.md"), Fixtures.text("landing-current.md"));
        Files.writeString(folder.resolve("Get-Trinket.md"), Fixtures.text("layout-older-blocks.md"));

        DocsImport imported = DocsImporter.importFolder(folder);

        assertEquals(1, imported.counts().pages(), "only the cmdlet page is counted as a page");
        assertEquals(List.of("Get-Trinket"), imported.exchangeOnline().stream().map(c -> c.name()).toList());
        List<DocsWarning> skipped = imported.warnings().stream()
                .filter(w -> w.kind() == DocsWarning.Kind.PAGE_SKIPPED).toList();
        assertEquals(List.of("ExchangePowerShell.md", "exchange.md"), skipped.stream().map(DocsWarning::fileName).toList());
        assertTrue(skipped.get(1).detail().contains("title 'Exchange PowerShell'"), skipped.get(1).detail());
        assertTrue(imported.warningSummary().startsWith("2 warnings: 2 page skipped"), imported.warningSummary());
        assertTrue(imported.warningLines("Exchange Online").contains(
                "exchange.md: page skipped: not a cmdlet page (title 'Exchange PowerShell', front matter declares a module)"));
    }

    @Test
    void aPageWithASyntaxSectionAndABadTitleIsStillAnError() throws IOException {
        Files.writeString(folder.resolve("Get-Trinket.md"), Fixtures.text("layout-older-blocks.md")
                .replace("# Get-Trinket\n", "# Get Trinket\n"));
        DocsImportException e = assertThrows(DocsImportException.class, () -> DocsImporter.importFolder(folder));
        assertTrue(e.getMessage().contains("the title 'Get Trinket' is not a cmdlet name"), e.getMessage());
    }

    @Test
    void parsingALandingPageDirectlyExplainsWhy() {
        DocsImportException e = assertThrows(DocsImportException.class,
                () -> DocsImporter.parsePage("exchange.md", Fixtures.text("landing-older.md")));
        assertTrue(e.getMessage().startsWith("exchange.md:7: the title 'Exchange PowerShell' is not a cmdlet name"),
                e.getMessage());
    }
}
