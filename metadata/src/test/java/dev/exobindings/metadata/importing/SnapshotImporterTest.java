package dev.exobindings.metadata.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.io.SnapshotException;
import dev.exobindings.metadata.io.SnapshotReader;
import dev.exobindings.metadata.io.SnapshotWriter;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.Source;
import dev.exobindings.metadata.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Purview catalog (file name as published) imports as a Security &amp; Compliance snapshot, header as given. */
class SnapshotImporterTest {
    private static final String COMMIT = "6f660c23bd294bfc932b65338421150fe49d9f92";
    private static final Source CATALOG = new Source(SourceKind.CATALOG, "philband/go-exoscc", COMMIT,
            "spec/catalog/Purview-catalog.json", "MIT");

    @TempDir
    Path dir;

    private Path purview() throws IOException {
        Path file = dir.resolve("Purview-catalog.json");
        try (InputStream in = getClass().getResourceAsStream("Purview-catalog.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    private ImportRequest request(Path catalog, List<Source> sources, Path traits) {
        return new ImportRequest("purview-2026-07", Product.SECURITY_COMPLIANCE, "2026-07-24", sources, catalog, null,
                traits);
    }

    @Test
    void purviewCatalogImportsWithoutRenamingAndTheHeaderSaysWhatWasGiven() throws IOException {
        ImportResult result = SnapshotImporter.run(request(purview(), List.of(CATALOG), null));
        Snapshot snapshot = result.snapshot();
        assertEquals("purview-2026-07", snapshot.header().name());
        assertEquals(Product.SECURITY_COMPLIANCE, snapshot.header().product());
        assertEquals("2026-07-24", snapshot.header().captureDate());
        assertEquals(List.of(CATALOG), snapshot.header().sources());
        assertEquals(4, snapshot.header().counts().get("cmdlets"));
        assertEquals(0, snapshot.header().counts().get("cmdletsWithTraits"));
        assertTrue(snapshot.cmdlets().stream().allMatch(c -> c.product() == Product.SECURITY_COMPLIANCE));
        Cmdlet scan = snapshot.cmdlet("Cancel-SensitiveInformationScan").orElseThrow();
        assertTrue(scan.supportsShouldProcess(), "Confirm in the catalog means ShouldProcess");
        assertEquals(List.of("Identity", "TeamLocation"), scan.parameterSets());
        Cmdlet check = snapshot.cmdlet("Check-PurviewConfig").orElseThrow();
        assertEquals("UInt16", check.parameter("Count").orElseThrow().type());
        assertEquals(List.of("Service"), check.parameter("Workload").orElseThrow().aliases());
        assertEquals(List.of(Cmdlet.ALL_PARAMETER_SETS),
                snapshot.cmdlet("Add-RoleGroupMember").orElseThrow().parameterSets());
        // written and read back: a valid snapshot
        Path out = dir.resolve("purview.json");
        SnapshotWriter.write(snapshot, out);
        assertEquals(snapshot, SnapshotReader.read(out));
    }

    @Test
    void moduleTraitsAreAttachedWhenATableIsGiven() throws IOException {
        Path traits = Files.writeString(dir.resolve("traits.tsv"), "cmdlet\tsupportsShouldProcess\tconfirmImpact"
                + "\tbatchable\troutingParameter\troutingRule\thttpTimeoutSeconds\n"
                + "Cancel-SensitiveInformationScan\ttrue\tHigh\ttrue\t\t\t\n");
        Snapshot snapshot = SnapshotImporter.run(request(purview(), List.of(CATALOG), traits)).snapshot();
        assertEquals(ConfirmImpact.HIGH,
                snapshot.cmdlet("Cancel-SensitiveInformationScan").orElseThrow().traits().confirmImpact());
        assertNull(snapshot.cmdlet("Check-PurviewConfig").orElseThrow().traits());
        assertEquals(1, snapshot.header().counts().get("cmdletsWithTraits"));
    }

    @Test
    void sourcesMustMatchTheInputs() throws IOException {
        Path catalog = purview();
        ImportException missing = assertThrows(ImportException.class,
                () -> SnapshotImporter.run(request(catalog, List.of(), null)));
        assertTrue(missing.getMessage().startsWith("import sources: the catalog input has no source of kind catalog"),
                missing.getMessage());
        Source docs = new Source(SourceKind.DOCS, "MicrosoftDocs/office-docs-powershell", COMMIT, "x", "CC-BY-4.0");
        assertThrows(ImportException.class, () -> SnapshotImporter.run(request(catalog, List.of(CATALOG, docs), null)));
        assertThrows(ImportException.class, () -> SnapshotImporter.run(request(null, List.of(CATALOG), null)));
        SnapshotException badCommit = assertThrows(SnapshotException.class, () -> SnapshotImporter.run(request(catalog,
                List.of(new Source(SourceKind.CATALOG, "philband/go-exoscc", "main", "p", "MIT")), null)));
        assertTrue(badCommit.getMessage().contains("$.header.sources[0].commit"), badCommit.getMessage());
        ImportException date = assertThrows(ImportException.class, () -> SnapshotImporter.run(new ImportRequest(
                "x", Product.SECURITY_COMPLIANCE, " ", List.of(CATALOG), catalog, null, null)));
        assertTrue(date.getMessage().startsWith("import captureDate: missing. Fix: "), date.getMessage());
    }

    @Test
    void inputsWithoutACmdletOfTheProductAreAnErrorNotAnEmptySnapshot() throws IOException {
        Source docsSource = new Source(SourceKind.DOCS, "MicrosoftDocs/office-docs-powershell", COMMIT, "x",
                "CC-BY-4.0");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        ImportException empty = assertThrows(ImportException.class, () -> SnapshotImporter.run(new ImportRequest(
                "x", Product.EXCHANGE_ONLINE, "2026-07-24", List.of(docsSource), null, docs, null)));
        assertEquals("import inputs: they hold no Exchange Online cmdlet. Fix: point the catalog at a module catalog"
                + " and the docs at the folder holding the cmdlet pages (<Verb>-<Noun>.md)", empty.getMessage());

        // a page that applies to Exchange Online only, imported as Security & Compliance
        try (InputStream in = getClass().getResourceAsStream("/docs-fixtures/layout-current.md")) {
            String page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace(", Security & Compliance\n", "\n");
            Files.writeString(docs.resolve("Get-Widget.md"), page);
        }
        ImportException other = assertThrows(ImportException.class, () -> SnapshotImporter.run(new ImportRequest(
                "x", Product.SECURITY_COMPLIANCE, "2026-07-24", List.of(docsSource), null, docs, null)));
        assertEquals("import inputs: they hold no Security & Compliance cmdlet (the docs pages hold 1 cmdlet of the"
                + " other product). Fix: check the product (exchange-online or security-compliance)",
                other.getMessage());
        assertEquals(1, SnapshotImporter.run(new ImportRequest("x", Product.EXCHANGE_ONLINE, "2026-07-24",
                List.of(docsSource), null, docs, null)).snapshot().cmdlets().size());
    }

    @Test
    void sourceSpecRoundTripsAndRejectsOtherForms() {
        String spec = "catalog:philband/go-exoscc:" + COMMIT + ":spec/catalog/Purview-catalog.json:MIT";
        assertEquals(CATALOG, SourceSpec.parse(spec));
        assertEquals(spec, SourceSpec.format(CATALOG));
        assertThrows(ImportException.class, () -> SourceSpec.parse("catalog:philband/go-exoscc"));
        assertTrue(assertThrows(ImportException.class, () -> SourceSpec.parse("tenant:a/b:c:d:e")).getMessage()
                .contains("unknown source kind 'tenant'"));
    }

    @Test
    void aCatalogReadAsASnapshotSaysToImportIt() throws IOException {
        Path catalog = purview();
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotReader.read(catalog));
        assertTrue(e.getMessage().contains("this is a module catalog, not a snapshot"), e.getMessage());
        assertTrue(e.getMessage().contains("mvn exo-bindings:import -Dexo-bindings.import.catalog="), e.getMessage());
    }
}
