package dev.exobindings.generator.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table from Exchange / .NET / PowerShell type names (lower-cased simple names) to Java shapes.
 * Names that are not in the table are unknown and fall back to String (and are reported).
 */
final class ScalarTypes {
    /** Types whose values are text the service parses: identities, addresses, names, URIs. */
    private static final Set<String> STRING_LIKE = Set.of(
            "string", "char", "fqdn", "smtpaddress", "smtpdomain", "smtpdomainwithsubdomains", "uri", "cultureinfo",
            "proxyaddress", "proxyaddresstemplate", "word", "pattern", "mapifolderpath", "ipaddress", "version",
            "windowsliveid", "locallongfullpath", "longpath", "ipaddressrange", "smtpx400address", "x400address",
            "userprincipalname", "emailaddress", "domainname",
            // Exchange wrappers around free text: sent as the text itself.
            "headername", "headervalue", "disclaimertext", "rejecttext", "eventlogtext", "e164number", "countryinfo",
            "extimezonevalue", "asciistring", "nonemptystring");

    private static final Map<String, TypeRef.Kind> KINDS = Map.ofEntries(
            Map.entry("boolean", TypeRef.Kind.BOOLEAN), Map.entry("bool", TypeRef.Kind.BOOLEAN),
            Map.entry("int32", TypeRef.Kind.INT), Map.entry("int", TypeRef.Kind.INT),
            Map.entry("int16", TypeRef.Kind.INT), Map.entry("short", TypeRef.Kind.INT),
            Map.entry("uint16", TypeRef.Kind.INT), Map.entry("ushort", TypeRef.Kind.INT),
            Map.entry("byte", TypeRef.Kind.INT), Map.entry("sbyte", TypeRef.Kind.INT),
            Map.entry("uint32", TypeRef.Kind.LONG), Map.entry("uint", TypeRef.Kind.LONG),
            Map.entry("int64", TypeRef.Kind.LONG), Map.entry("long", TypeRef.Kind.LONG),
            Map.entry("uint64", TypeRef.Kind.LONG), Map.entry("ulong", TypeRef.Kind.LONG),
            Map.entry("double", TypeRef.Kind.DOUBLE), Map.entry("single", TypeRef.Kind.DOUBLE),
            Map.entry("float", TypeRef.Kind.DOUBLE), Map.entry("decimal", TypeRef.Kind.DOUBLE),
            Map.entry("sclvalue", TypeRef.Kind.INT),
            Map.entry("guid", TypeRef.Kind.UUID),
            Map.entry("datetime", TypeRef.Kind.INSTANT), Map.entry("exdatetime", TypeRef.Kind.INSTANT),
            Map.entry("datetimeoffset", TypeRef.Kind.INSTANT),
            Map.entry("enhancedtimespan", TypeRef.Kind.DURATION), Map.entry("timespan", TypeRef.Kind.DURATION),
            Map.entry("unlimited", TypeRef.Kind.UNLIMITED), Map.entry("unlimitedint", TypeRef.Kind.UNLIMITED),
            Map.entry("bytequantifiedsize", TypeRef.Kind.BYTE_SIZE),
            Map.entry("hashtable", TypeRef.Kind.MAP), Map.entry("pswshashtable", TypeRef.Kind.MAP),
            Map.entry("dictionary", TypeRef.Kind.MAP), Map.entry("ordereddictionary", TypeRef.Kind.MAP),
            Map.entry("pscredential", TypeRef.Kind.CREDENTIAL), Map.entry("securestring", TypeRef.Kind.SECRET),
            Map.entry("switchparameter", TypeRef.Kind.SWITCH), Map.entry("switch", TypeRef.Kind.SWITCH));

    /** Container types that say "several values" without naming the element. */
    private static final Set<String> CONTAINERS = Set.of(
            "multivaluedproperty", "mulitvaluedproperty", "multivalueproperty", "multivaluedpropert", "list",
            "ienumerable", "icollection", "ilist", "arraylist", "hashset");

    private ScalarTypes() {
    }

    /** The Java kind of a known scalar type, or empty when unknown. Identities and text types are STRING. */
    static Optional<TypeRef.Kind> kindOf(String key) {
        if (isStringLike(key)) {
            return Optional.of(TypeRef.Kind.STRING);
        }
        return Optional.ofNullable(KINDS.get(key));
    }

    /** Identities ({@code *IdParameter}, {@code *Identity}) and free text types. */
    static boolean isStringLike(String key) {
        return STRING_LIKE.contains(key) || key.endsWith("idparameter") || key.endsWith("identity");
    }

    /** Identities only: they stay String even when a value list is known. */
    static boolean isIdentity(String key) {
        return key.endsWith("idparameter") || key.endsWith("identity");
    }

    static boolean isContainer(String key) {
        return CONTAINERS.contains(key) || (key.endsWith("collection") && key.length() > "collection".length());
    }

    /** Types too generic to name an enum after: an enum for them is named after the parameter instead. */
    static boolean isGeneric(String key) {
        return key.isEmpty() || key.equals("object") || key.equals("psobject") || isStringLike(key)
                || isContainer(key) || KINDS.containsKey(key);
    }
}
