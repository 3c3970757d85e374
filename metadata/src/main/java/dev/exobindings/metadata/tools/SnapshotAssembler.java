package dev.exobindings.metadata.tools;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.catalog.CatalogImport;
import dev.exobindings.metadata.catalog.CatalogImporter;
import dev.exobindings.metadata.docs.DocsImport;
import dev.exobindings.metadata.docs.DocsImporter;
import dev.exobindings.metadata.importing.HeaderCounts;
import dev.exobindings.metadata.merge.MergeReport;
import dev.exobindings.metadata.merge.MergeResult;
import dev.exobindings.metadata.merge.SnapshotMerger;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.Source;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.traits.ModuleTraitsTable;
import dev.exobindings.metadata.traits.TraitsAttacher;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Builds the bundled snapshots from the shared inputs ({@code exo-module-catalog/} and {@code exchange-ps-docs/}),
 * entirely in memory. Used by {@link RegenerateSnapshots} and by the test that keeps the committed files in sync.
 */
public final class SnapshotAssembler {
    /**
     * Capture date of both snapshots: the commit date of the docs snapshot (2026-08-21). The catalog was captured
     * earlier (2026-07-24); the later of the two inputs dates the snapshot.
     */
    public static final String CAPTURE_DATE = "2026-08-21";

    static final String CATALOG_FOLDER = "exo-module-catalog";
    static final String CATALOG_FILE = "EXO-catalog.json";
    static final String DOCS_FOLDER = "exchange-ps-docs";

    private SnapshotAssembler() {
    }

    /** Imports, merges and builds both snapshots from {@code sharedDir}. */
    public static AssembledSnapshots assemble(Path sharedDir) {
        Source catalogSource = SourceNote.read(sharedDir.resolve(CATALOG_FOLDER).resolve("SOURCE.md"),
                SourceKind.CATALOG, "spec/catalog/EXO-catalog.json", "MIT");
        Source docsSource = SourceNote.read(sharedDir.resolve(DOCS_FOLDER).resolve("SOURCE.md"),
                SourceKind.DOCS, "exchange/exchange-ps/ExchangePowerShell", "CC-BY-4.0");
        CatalogImport catalog = CatalogImporter.importFile(sharedDir.resolve(CATALOG_FOLDER).resolve(CATALOG_FILE));
        DocsImport docs = DocsImporter.importFolder(sharedDir.resolve(DOCS_FOLDER));

        MergeResult exo = SnapshotMerger.merge(BundledSnapshots.EXCHANGE_ONLINE, Product.EXCHANGE_ONLINE,
                catalog.cmdlets(), docs.exchangeOnline(), catalog.notes());
        MergeResult sc = SnapshotMerger.merge(BundledSnapshots.SECURITY_COMPLIANCE, Product.SECURITY_COMPLIANCE,
                List.of(), docs.securityCompliance(), List.of());
        // The traits table is the project's copy of the shared module-traits.tsv (an Exchange Online module);
        // Security & Compliance cmdlets come from another module, so their traits stay unknown.
        TraitsAttacher.Attached exoTraits = TraitsAttacher.attach(exo.cmdlets(),
                ModuleTraitsTable.bundledExchangeOnline(), "exchange-online.module-traits.tsv");
        Snapshot exoSnapshot = snapshot(BundledSnapshots.EXCHANGE_ONLINE, Product.EXCHANGE_ONLINE,
                List.of(docsSource, catalogSource), exo.report(), exoTraits.cmdlets());
        Snapshot scSnapshot = snapshot(BundledSnapshots.SECURITY_COMPLIANCE, Product.SECURITY_COMPLIANCE,
                List.of(docsSource), sc.report(), sc.cmdlets());
        return new AssembledSnapshots(exoSnapshot, exo.report(), scSnapshot, sc.report(), docs.counts(),
                catalog.cmdlets().size());
    }

    private static Snapshot snapshot(String name, Product product, List<Source> sources, MergeReport report,
                                     List<Cmdlet> cmdlets) {
        Map<String, Integer> counts = HeaderCounts.of(report, cmdlets);
        Header header = new Header(Header.CURRENT_FORMAT_VERSION, name, product, CAPTURE_DATE, sources, counts);
        return new Snapshot(header, cmdlets);
    }
}
