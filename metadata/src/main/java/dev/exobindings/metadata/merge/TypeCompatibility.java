package dev.exobindings.metadata.merge;

import dev.exobindings.metadata.catalog.ProxyTypes;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a docs type and a catalog (proxy) type can describe the same parameter. The proxy erases Exchange types
 * to {@code Object}/{@code Object[]}, so only a concrete proxy type can contradict the docs.
 */
final class TypeCompatibility {
    private static final Set<String> DATE_TYPES = Set.of("datetime", "exdatetime");

    private TypeCompatibility() {
    }

    static boolean compatible(String docsType, boolean docsMultiValued, String catalogType) {
        if (catalogType.equals(ProxyTypes.ERASED)) {
            // the proxy erases MultiValuedProperty and other list classes to Object but keeps arrays as Object[]
            return !docsType.endsWith("[]");
        }
        boolean catalogList = ProxyTypes.isMultiValued(catalogType);
        if (catalogList) {
            return docsMultiValued;
        }
        if (docsMultiValued) {
            return false;
        }
        String docs = comparable(docsType);
        String catalog = comparable(catalogType);
        return docs.equals(catalog) || DATE_TYPES.contains(docs) && DATE_TYPES.contains(catalog);
    }

    /** Short, lower-case name without namespace or the stray angle brackets some docs pages carry. */
    static String comparable(String type) {
        String bare = type.replace("<", "").replace(">", "").strip();
        int generic = bare.indexOf('[');
        String head = generic < 0 ? bare : bare.substring(0, generic);
        String tail = generic < 0 ? "" : bare.substring(generic);
        return (head.substring(head.lastIndexOf('.') + 1) + tail).toLowerCase(Locale.ROOT);
    }
}
