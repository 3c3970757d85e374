package dev.exobindings.cli;

import dev.exobindings.metadata.importing.SourceSpec;
import dev.exobindings.metadata.io.SnapshotReader;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code exo-bindings import}: a catalog under its published file name → a snapshot with the header as given. */
class ImportCommandTest {
    private static final String SOURCE = "catalog:philband/go-exoscc:6f660c23bd294bfc932b65338421150fe49d9f92:"
            + "spec/catalog/Purview-catalog.json:MIT";

    @TempDir
    Path dir;
    Path catalog;

    @BeforeEach
    void copyFixture() throws IOException {
        catalog = dir.resolve("Purview-catalog.json");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/Purview-catalog.json")) {
            Files.copy(in, catalog);
        }
    }

    private CliRun importCatalog(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "--catalog", catalog.toString(),
                "--product", "security-compliance", "--name", "purview", "--capture-date", "2026-07-24"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aCatalogBecomesASnapshotWhoseHeaderSaysExactlyWhatWasGiven() {
        Path out = dir.resolve("out.json");
        CliRun run = importCatalog("--source", SOURCE, "--output", out.toString());
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("imported 2 cmdlets, 3 parameters"), run.out());
        Snapshot snapshot = SnapshotReader.read(out);
        assertEquals("purview", snapshot.header().name());
        assertEquals(Product.SECURITY_COMPLIANCE, snapshot.header().product());
        assertEquals("2026-07-24", snapshot.header().captureDate());
        assertEquals(List.of(SourceSpec.parse(SOURCE)), snapshot.header().sources());
        assertEquals(List.of("Get-ComplianceSearch", "Remove-ComplianceSearch"),
                snapshot.cmdlets().stream().map(c -> c.name()).toList());
        assertTrue(snapshot.cmdlets().stream().allMatch(c -> c.product() == Product.SECURITY_COMPLIANCE));
        assertTrue(Files.exists(dir.resolve("purview.merge-report.txt")), "the merge report beside it");
        // and generate accepts what import wrote
        CliRun generate = CliRun.of("generate", "--snapshot", out.toString(), "--package", "com.example.scc",
                "--output", dir.resolve("gen").toString());
        assertEquals(ExoBindingsCli.OK, generate.code(), generate.err());
        assertTrue(Files.exists(dir.resolve("gen/com/example/scc/GetComplianceSearch.java")));
    }

    @Test
    void generatePointedAtTheCatalogSaysToImportIt() {
        CliRun run = CliRun.of("generate", "--snapshot", catalog.toString(), "--package", "com.example.scc",
                "--output", dir.resolve("gen").toString());
        assertEquals(ExoBindingsCli.FAILURE, run.code());
        assertTrue(run.err().contains("this is a module catalog, not a snapshot"), run.err());
        assertTrue(run.err().contains("exo-bindings import --catalog " + catalog), run.err());
        assertFalse(run.hasStackTrace());
    }

    @Test
    void malformedValuesAreUsageErrors() {
        CliRun badProduct = CliRun.of("import", "--catalog", catalog.toString(), "--product", "exchange",
                "--name", "p", "--capture-date", "2026-07-24", "--source", SOURCE);
        assertEquals(ExoBindingsCli.USAGE, badProduct.code());
        assertTrue(badProduct.err().contains("unknown product 'exchange'"), badProduct.err());
        CliRun badDate = CliRun.of("import", "--catalog", catalog.toString(), "--product", "security-compliance",
                "--name", "p", "--capture-date", "24.07.2026", "--source", SOURCE);
        assertEquals(ExoBindingsCli.USAGE, badDate.code());
        assertTrue(badDate.err().contains("'24.07.2026' is not a date written yyyy-MM-dd"), badDate.err());
        CliRun badSource = importCatalog("--source", "catalog:go-exoscc");
        assertEquals(ExoBindingsCli.USAGE, badSource.code());
        assertTrue(badSource.err().contains("does not have the form " + SourceSpec.FORM), badSource.err());
        assertFalse(badProduct.hasStackTrace() || badDate.hasStackTrace() || badSource.hasStackTrace());
    }

    @Test
    void aFailedImportWritesNothingAndSaysWhy() throws IOException {
        Path out = dir.resolve("purview.json");
        CliRun noSourceForDocs = importCatalog("--source", SOURCE, "--docs", dir.toString(), "--output",
                out.toString());
        assertEquals(ExoBindingsCli.FAILURE, noSourceForDocs.code());
        assertTrue(noSourceForDocs.err().contains("import failed, nothing written: import sources: the docs input"
                + " has no source of kind docs"), noSourceForDocs.err());

        Files.writeString(catalog, "{\"cmdlets\": [ {\"cmdlet\": 7} ]}");
        CliRun broken = importCatalog("--source", SOURCE, "--output", out.toString());
        assertEquals(ExoBindingsCli.FAILURE, broken.code());
        assertTrue(broken.err().startsWith("import: error: import failed, nothing written: "), broken.err());
        assertTrue(broken.err().contains("Purview-catalog.json"), "names the file: " + broken.err());
        assertFalse(noSourceForDocs.hasStackTrace() || broken.hasStackTrace());
        assertFalse(Files.exists(out));
        assertTrue(CliRun.of("import", "--catalog", catalog.toString(), "--product", "security-compliance", "--name",
                "p", "--capture-date", "2026-07-24", "--source", SOURCE, "--output", out.toString(), "--verbose")
                .hasStackTrace(), "--verbose shows it");
    }

    /** A name or source part the snapshot would refuse is a usage error in words, not a failed import with a regex. */
    @Test
    void aBadNameOrSourcePartIsAUsageErrorSaidInWords() {
        Path out = dir.resolve("t1.json");
        CliRun badName = CliRun.of("import", "--catalog", catalog.toString(), "--product", "security-compliance",
                "--name", "My_Exo", "--capture-date", "2026-07-24", "--source", SOURCE, "--output", out.toString());
        assertEquals(ExoBindingsCli.USAGE, badName.code(), badName.err());
        assertTrue(badName.err().contains("--name 'My_Exo' is not a snapshot name: use lower-case letters and"
                + " digits"), badName.err());
        assertTrue(badName.err().contains("e.g. purview"), badName.err());
        assertFalse(badName.err().contains("[a-z"), "no regex: " + badName.err());

        CliRun badCommit = importCatalog("--source", "catalog:philband/go-exoscc:abc:spec/x.json:MIT", "--output",
                out.toString());
        assertEquals(ExoBindingsCli.USAGE, badCommit.code(), badCommit.err());
        assertTrue(badCommit.err().contains("--source"), badCommit.err());
        assertTrue(badCommit.err().contains("the commit 'abc' in 'catalog:philband/go-exoscc:abc:spec/x.json:MIT'"
                + " must be the full commit id, 40 lower-case hexadecimal digits"), badCommit.err());
        assertFalse(badCommit.err().contains("[0-9a-f]") || badCommit.err().contains("t1.json"), badCommit.err());

        CliRun badPath = importCatalog("--source", "catalog:philband/go-exoscc:6f660c23bd294bfc932b65338421150fe49d9f92:"
                + "../x.json:MIT", "--output", out.toString());
        assertEquals(ExoBindingsCli.USAGE, badPath.code(), badPath.err());
        assertTrue(badPath.err().contains("the path '../x.json'"), badPath.err());
        assertFalse(Files.exists(out), "nothing written");
        assertFalse(badName.hasStackTrace() || badCommit.hasStackTrace() || badPath.hasStackTrace());
    }
}
