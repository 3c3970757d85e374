package dev.exobindings.metadata.catalog;

import dev.exobindings.metadata.types.DotNetTypes;

/**
 * Turns the proxy module's type spellings (PowerShell accelerators such as {@code string}, {@code switch},
 * {@code pscredential}, or full CLR names such as {@code System.Object[]}) into the short CLR names the docs use
 * ({@code String}, {@code SwitchParameter}, {@code PSCredential}, {@code Object[]}), so the two sources compare.
 * Exchange-specific types are erased to {@code Object} in the proxy; that erasure is kept as-is.
 */
public final class ProxyTypes {
    /** The erased proxy type: the catalog does not know the real type. */
    public static final String ERASED = "Object";

    private ProxyTypes() {
    }

    /** The short CLR name of a proxy type: {@code string[]} → {@code String[]}, {@code System.Object} → {@code Object}. */
    public static String normalise(String proxyType) {
        return DotNetTypes.canonical(proxyType);
    }

    /** The element type of an array or generic list type ({@code String[]}, {@code List[String]}), else null. */
    public static String elementType(String normalisedType) {
        if (normalisedType.endsWith("[]")) {
            return normalisedType.substring(0, normalisedType.length() - 2);
        }
        if (normalisedType.startsWith("List[") && normalisedType.endsWith("]")) {
            return normalisedType.substring(5, normalisedType.length() - 1);
        }
        return null;
    }

    /** Whether a parameter of this type takes several values; {@code Byte[]} is binary content, not a list. */
    public static boolean isMultiValued(String normalisedType) {
        return elementType(normalisedType) != null && !normalisedType.equals("Byte[]");
    }
}
