package dev.exobindings.metadata.catalog;

import dev.exobindings.metadata.model.Cmdlet;
import java.util.List;

/**
 * What {@link CatalogImporter} read.
 *
 * @param cmdlets the catalog's cmdlets, in catalog order
 * @param notes   catalog facts the importer had to adjust (for example a declared default set that no parameter
 *                belongs to), one readable line each, for the merge report
 */
public record CatalogImport(List<Cmdlet> cmdlets, List<String> notes) {
    public CatalogImport {
        cmdlets = List.copyOf(cmdlets);
        notes = List.copyOf(notes);
    }
}
