package dev.exobindings.metadata.catalog;

import java.util.Locale;
import java.util.Map;

/**
 * Turns the proxy module's type spellings (PowerShell accelerators such as {@code string}, {@code switch},
 * {@code pscredential}, or full CLR names such as {@code System.Object[]}) into the short CLR names the docs use
 * ({@code String}, {@code SwitchParameter}, {@code PSCredential}, {@code Object[]}), so the two sources compare.
 * Exchange-specific types are erased to {@code Object} in the proxy; that erasure is kept as-is.
 */
public final class ProxyTypes {
    /** The erased proxy type: the catalog does not know the real type. */
    public static final String ERASED = "Object";

    private static final Map<String, String> ACCELERATORS = Map.ofEntries(
            Map.entry("string", "String"), Map.entry("bool", "Boolean"), Map.entry("boolean", "Boolean"),
            Map.entry("switch", "SwitchParameter"), Map.entry("switchparameter", "SwitchParameter"),
            Map.entry("int", "Int32"), Map.entry("int32", "Int32"), Map.entry("uint", "UInt32"),
            Map.entry("uint32", "UInt32"), Map.entry("long", "Int64"), Map.entry("int64", "Int64"),
            Map.entry("ulong", "UInt64"), Map.entry("short", "Int16"), Map.entry("ushort", "UInt16"),
            Map.entry("byte", "Byte"), Map.entry("double", "Double"), Map.entry("float", "Single"),
            Map.entry("decimal", "Decimal"), Map.entry("char", "Char"), Map.entry("guid", "Guid"),
            Map.entry("pscredential", "PSCredential"), Map.entry("securestring", "SecureString"),
            Map.entry("uri", "Uri"), Map.entry("datetime", "DateTime"), Map.entry("timespan", "TimeSpan"),
            Map.entry("cultureinfo", "CultureInfo"), Map.entry("hashtable", "Hashtable"),
            Map.entry("version", "Version"), Map.entry("ipaddress", "IPAddress"), Map.entry("object", "Object"),
            Map.entry("scriptblock", "ScriptBlock"), Map.entry("psobject", "PSObject"));

    private ProxyTypes() {
    }

    /** The short CLR name of a proxy type: {@code string[]} → {@code String[]}, {@code System.Object} → {@code Object}. */
    public static String normalise(String proxyType) {
        String type = proxyType.strip();
        if (type.endsWith("[]")) {
            return normalise(type.substring(0, type.length() - 2)) + "[]";
        }
        int generic = type.indexOf('[');
        if (generic > 0 && type.endsWith("]")) {
            String[] arguments = type.substring(generic + 1, type.length() - 1).split(",");
            StringBuilder out = new StringBuilder(normalise(type.substring(0, generic))).append('[');
            for (int i = 0; i < arguments.length; i++) {
                out.append(i == 0 ? "" : ",").append(normalise(arguments[i]));
            }
            return out.append(']').toString();
        }
        String shortName = type.substring(type.lastIndexOf('.') + 1);
        return ACCELERATORS.getOrDefault(shortName.toLowerCase(Locale.ROOT), shortName);
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
