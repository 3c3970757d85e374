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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the bundled snapshots from the shared inputs ({@code exo-module-catalog/} and {@code exchange-ps-docs/}),
 * entirely in memory. Used by {@link RegenerateSnapshots} and by the test that keeps the committed files in sync.
 */
public final class SnapshotAssembler {
    static final String CATALOG_FOLDER = "exo-module-catalog";
    static final String CATALOG_FILE = "EXO-catalog.json";
    static final String DOCS_FOLDER = "exchange-ps-docs";

    private SnapshotAssembler() {
    }

    /**
     * Imports, merges and builds both snapshots from {@code sharedDir}. Each input's repository, commit, path and
     * date come from its {@code SOURCE.md}; the capture date is the later of the inputs' dates.
     */
    public static AssembledSnapshots assemble(Path sharedDir) {
        return assemble(sharedDir, null);
    }

    /**
     * As {@link #assemble(Path)}, with the capture date given by the caller (the command line) instead of taken
     * from the inputs; {@code null} takes it from the inputs.
     */
    public static AssembledSnapshots assemble(Path sharedDir, String captureDate) {
        SourceNote catalogNote = SourceNote.read(sharedDir.resolve(CATALOG_FOLDER).resolve("SOURCE.md"),
                SourceKind.CATALOG, CATALOG_FILE, "MIT");
        SourceNote docsNote = SourceNote.read(sharedDir.resolve(DOCS_FOLDER).resolve("SOURCE.md"),
                SourceKind.DOCS, "", "CC-BY-4.0");
        String scDate = captureDate != null ? captureDate : docsNote.date();
        String exoDate = captureDate != null ? captureDate : later(docsNote.date(), catalogNote.date());
        CatalogImport catalog = CatalogImporter.importFile(sharedDir.resolve(CATALOG_FOLDER).resolve(CATALOG_FILE));
        DocsImport docs = DocsImporter.importFolder(sharedDir.resolve(DOCS_FOLDER));

        List<String> exoNotes = new ArrayList<>(catalog.notes());
        exoNotes.addAll(docs.warningLines(Product.EXCHANGE_ONLINE.displayName()));
        MergeResult exo = SnapshotMerger.merge(BundledSnapshots.EXCHANGE_ONLINE, Product.EXCHANGE_ONLINE,
                catalog.cmdlets(), docs.exchangeOnline(), exoNotes);
        MergeResult sc = SnapshotMerger.merge(BundledSnapshots.SECURITY_COMPLIANCE, Product.SECURITY_COMPLIANCE,
                List.of(), docs.securityCompliance(), docs.warningLines(Product.SECURITY_COMPLIANCE.displayName()));
        // The traits table is the project's copy of the shared module-traits.tsv (an Exchange Online module);
        // Security & Compliance cmdlets come from another module, so their traits stay unknown.
        TraitsAttacher.Attached exoTraits = TraitsAttacher.attach(exo.cmdlets(),
                ModuleTraitsTable.bundledExchangeOnline(), "exchange-online.module-traits.tsv");
        Snapshot exoSnapshot = snapshot(BundledSnapshots.EXCHANGE_ONLINE, Product.EXCHANGE_ONLINE, exoDate,
                List.of(docsNote.source(), catalogNote.source()), exo.report(), exoTraits.cmdlets());
        Snapshot scSnapshot = snapshot(BundledSnapshots.SECURITY_COMPLIANCE, Product.SECURITY_COMPLIANCE, scDate,
                List.of(docsNote.source()), sc.report(), sc.cmdlets());
        return new AssembledSnapshots(exoSnapshot, exo.report(), scSnapshot, sc.report(), docs.counts(),
                catalog.cmdlets().size(), docs.warningSummary());
    }

    /** ISO dates compare as text. */
    private static String later(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Snapshot snapshot(String name, Product product, String captureDate, List<Source> sources,
                                     MergeReport report, List<Cmdlet> cmdlets) {
        Map<String, Integer> counts = HeaderCounts.of(report, cmdlets);
        Header header = new Header(Header.CURRENT_FORMAT_VERSION, name, product, captureDate, sources, counts);
        return new Snapshot(header, cmdlets);
    }
}
