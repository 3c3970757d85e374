package dev.exobindings.metadata.merge;

import java.util.List;
import java.util.Locale;

/**
 * Matches the docs' parameter-set names to the catalog's. Names match case-insensitively; in addition, when each
 * source has exactly one set, the two are the same set whatever their labels (the docs leave a lone set unnamed,
 * {@code __AllParameterSets}, where the proxy module often calls it {@code Identity}).
 */
final class SetNames {
    private final List<String> catalog;
    private final List<String> docs;

    private SetNames(List<String> catalog, List<String> docs) {
        this.catalog = catalog;
        this.docs = docs;
    }

    static SetNames between(List<String> catalogSets, List<String> docsSets) {
        return new SetNames(List.copyOf(catalogSets), List.copyOf(docsSets));
    }

    /** The catalog's name for a docs set (the docs name itself when the catalog has no such set). */
    String toCatalog(String docsSet) {
        if (catalog.size() == 1 && docs.size() == 1) {
            return catalog.get(0);
        }
        return catalog.stream().filter(docsSet::equalsIgnoreCase).findFirst().orElse(docsSet);
    }

    /** Whether both sources list the same sets. */
    boolean agree() {
        return ParameterMerger.folded(catalog).equals(ParameterMerger.folded(
                docs.stream().map(this::toCatalog).map(s -> s.toLowerCase(Locale.ROOT)).toList()));
    }
}
