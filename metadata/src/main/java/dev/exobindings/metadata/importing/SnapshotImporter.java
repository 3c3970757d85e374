package dev.exobindings.metadata.importing;

import dev.exobindings.metadata.catalog.CatalogImport;
import dev.exobindings.metadata.catalog.CatalogImporter;
import dev.exobindings.metadata.docs.DocsImport;
import dev.exobindings.metadata.docs.DocsImporter;
import dev.exobindings.metadata.io.SnapshotException;
import dev.exobindings.metadata.io.SnapshotValidator;
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
import java.nio.file.Files;
import java.util.List;

/**
 * Imports a module catalog and/or a docs folder into a snapshot, the way the bundled snapshots are built: catalog and
 * docs merged ({@link SnapshotMerger}), module traits attached when a table is given, the header written from the
 * request. Everything happens in memory and the result is validated; nothing is written here
 * ({@code SnapshotWriter.write} does that atomically).
 *
 * <pre>{@code
 * ImportResult r = SnapshotImporter.run(new ImportRequest("purview", Product.SECURITY_COMPLIANCE, "2026-07-24",
 *         List.of(SourceSpec.parse("catalog:philband/go-exoscc:6f66…:spec/catalog/Purview-catalog.json:MIT")),
 *         Path.of("Purview-catalog.json"), null, null));
 * SnapshotWriter.write(r.snapshot(), Path.of("purview.json"));
 * }</pre>
 */
public final class SnapshotImporter {
    private SnapshotImporter() {
    }

    /**
     * Runs the import.
     *
     * @throws ImportException   the request is incomplete or its sources do not match its inputs
     * @throws RuntimeException  an importer's own error ({@code CatalogException}, {@code DocsImportException},
     *                           {@code ModuleTraitsException}), naming the file and place
     * @throws SnapshotException the header facts are malformed (e.g. a commit that is not 40 hex digits)
     */
    public static ImportResult run(ImportRequest request) {
        check(request);
        List<Cmdlet> catalogCmdlets = List.of();
        List<String> notes = List.of();
        if (request.catalog() != null) {
            CatalogImport catalog = CatalogImporter.importFile(request.catalog(), request.product());
            catalogCmdlets = catalog.cmdlets();
            notes = catalog.notes();
        }
        List<Cmdlet> docsCmdlets = List.of();
        int otherProduct = 0;
        if (request.docs() != null) {
            DocsImport docs = DocsImporter.importFolder(request.docs());
            boolean scc = request.product() == Product.SECURITY_COMPLIANCE;
            docsCmdlets = scc ? docs.securityCompliance() : docs.exchangeOnline();
            otherProduct = (scc ? docs.exchangeOnline() : docs.securityCompliance()).size();
        }
        if (catalogCmdlets.isEmpty() && docsCmdlets.isEmpty()) {
            // an empty snapshot generates nothing: most likely the wrong folder, file or product
            throw new ImportException("inputs", "they hold no " + request.product().displayName() + " cmdlet"
                    + (otherProduct > 0 ? " (the docs pages hold " + otherProduct + (otherProduct == 1 ? " cmdlet" : " cmdlets")
                    + " of the other product)" : ""), otherProduct > 0 ? "check the product (exchange-online or security-compliance)"
                    : "point the catalog at a module catalog and the docs at the folder holding the cmdlet pages"
                    + " (<Verb>-<Noun>.md)");
        }
        MergeResult merged = SnapshotMerger.merge(request.name(), request.product(), catalogCmdlets, docsCmdlets,
                notes);
        List<Cmdlet> cmdlets = merged.cmdlets();
        if (request.moduleTraits() != null) {
            cmdlets = TraitsAttacher.attach(cmdlets, ModuleTraitsTable.read(request.moduleTraits()),
                    String.valueOf(request.moduleTraits().getFileName())).cmdlets();
        }
        Header header = new Header(Header.CURRENT_FORMAT_VERSION, request.name(), request.product(),
                request.captureDate(), request.sources(), HeaderCounts.of(merged.report(), cmdlets));
        Snapshot snapshot = new Snapshot(header, cmdlets);
        SnapshotValidator.validate(request.name() + ".json", snapshot);
        return new ImportResult(snapshot, merged.report());
    }

    private static void check(ImportRequest request) {
        if (request.catalog() == null && request.docs() == null) {
            throw new ImportException("inputs", "neither a module catalog nor a docs folder was given",
                    "give a catalog file, a docs folder, or both");
        }
        required(request.name(), "name", "name the snapshot, e.g. purview-2026-07");
        if (request.product() == null) {
            throw new ImportException("product", "missing", "give exchange-online or security-compliance");
        }
        required(request.captureDate(), "captureDate", "give the date the inputs were captured as yyyy-MM-dd");
        if (request.catalog() != null && !Files.isRegularFile(request.catalog())) {
            throw new ImportException("catalog", request.catalog() + " is not a file", "point at the catalog JSON");
        }
        if (request.docs() != null && !Files.isDirectory(request.docs())) {
            throw new ImportException("docs", request.docs() + " is not a folder",
                    "point at the folder holding the cmdlet pages");
        }
        if (request.moduleTraits() != null && !Files.isRegularFile(request.moduleTraits())) {
            throw new ImportException("moduleTraits", request.moduleTraits() + " is not a file",
                    "point at a module-traits table");
        }
        // the header must say truthfully where every input came from, and nothing more
        sourceFor(request, SourceKind.CATALOG, request.catalog() != null, "catalog");
        sourceFor(request, SourceKind.DOCS, request.docs() != null, "docs");
        for (Source source : request.sources()) {
            if (source.kind() == SourceKind.CAPTURE) {
                throw new ImportException("sources", "a capture source in a catalog/docs import",
                        "captures are written by the capture goal; list catalog and docs sources only");
            }
        }
    }

    private static void sourceFor(ImportRequest request, SourceKind kind, boolean given, String setting) {
        long count = request.sources().stream().filter(s -> s.kind() == kind).count();
        if (given && count == 0) {
            throw new ImportException("sources", "the " + setting + " input has no source of kind "
                    + kind.name().toLowerCase(java.util.Locale.ROOT), "add one in the form " + SourceSpec.FORM);
        }
        if (!given && count > 0) {
            throw new ImportException("sources", "a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " source is listed but no " + setting + " input was given", "drop that source or give the input");
        }
    }

    private static void required(String value, String setting, String fix) {
        if (value == null || value.isBlank()) {
            throw new ImportException(setting, "missing", fix);
        }
    }
}
