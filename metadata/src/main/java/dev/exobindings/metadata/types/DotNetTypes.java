package dev.exobindings.metadata.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical spelling of a .NET type name as module catalogs, module texts and docs write it: PowerShell
 * accelerators ({@code int}, {@code short}, {@code ushort}, {@code bool}, {@code switch}…), CLR names with or
 * without namespace ({@code System.Int32}, {@code Int16}, {@code uint16}), any letter case, arrays ({@code int[]},
 * {@code System.String[]}), generics in PowerShell or CLR form ({@code List[string]},
 * {@code System.Collections.Generic.List`1[System.String]}), and nullables ({@code Nullable[int]},
 * {@code System.Nullable`1[System.Int32]}, {@code int?}) all become one short CLR spelling ({@code Int32},
 * {@code Int16[]}, {@code List[String]}). A nullable is its underlying type: a parameter left out is already "no
 * value". Exchange type names ({@code MailboxIdParameter}) keep their spelling, without namespace.
 */
public final class DotNetTypes {
    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("string", "String"), Map.entry("char", "Char"),
            Map.entry("bool", "Boolean"), Map.entry("boolean", "Boolean"),
            Map.entry("switch", "SwitchParameter"), Map.entry("switchparameter", "SwitchParameter"),
            Map.entry("byte", "Byte"), Map.entry("sbyte", "SByte"),
            Map.entry("short", "Int16"), Map.entry("int16", "Int16"),
            Map.entry("ushort", "UInt16"), Map.entry("uint16", "UInt16"),
            Map.entry("int", "Int32"), Map.entry("int32", "Int32"),
            Map.entry("uint", "UInt32"), Map.entry("uint32", "UInt32"),
            Map.entry("long", "Int64"), Map.entry("int64", "Int64"),
            Map.entry("ulong", "UInt64"), Map.entry("uint64", "UInt64"),
            Map.entry("float", "Single"), Map.entry("single", "Single"),
            Map.entry("double", "Double"), Map.entry("decimal", "Decimal"),
            Map.entry("guid", "Guid"), Map.entry("datetime", "DateTime"), Map.entry("timespan", "TimeSpan"),
            Map.entry("datetimeoffset", "DateTimeOffset"),
            Map.entry("object", "Object"), Map.entry("psobject", "PSObject"),
            Map.entry("pscredential", "PSCredential"), Map.entry("securestring", "SecureString"),
            Map.entry("uri", "Uri"), Map.entry("version", "Version"), Map.entry("cultureinfo", "CultureInfo"),
            Map.entry("hashtable", "Hashtable"), Map.entry("ipaddress", "IPAddress"),
            Map.entry("scriptblock", "ScriptBlock"), Map.entry("regioninfo", "RegionInfo"),
            Map.entry("stream", "Stream"), Map.entry("list", "List"), Map.entry("dictionary", "Dictionary"),
            Map.entry("nullable", "Nullable"));

    private DotNetTypes() {
    }

    /**
     * The canonical spelling of {@code type}; {@code null} stays {@code null}. Text that is not a type name (no
     * letters) is returned stripped, unchanged.
     */
    public static String canonical(String type) {
        if (type == null) {
            return null;
        }
        String t = type.strip();
        if (t.endsWith("?")) {
            return canonical(t.substring(0, t.length() - 1));
        }
        if (t.endsWith("[]")) {
            return canonical(t.substring(0, t.length() - 2)) + "[]";
        }
        int open = t.indexOf('[');
        if (open > 0 && t.endsWith("]")) {
            String base = simple(t.substring(0, open));
            List<String> arguments = new ArrayList<>();
            for (String argument : splitArguments(t.substring(open + 1, t.length() - 1))) {
                arguments.add(canonical(argument));
            }
            if (base.equals("Nullable") && arguments.size() == 1) {
                return arguments.get(0);
            }
            return base + "[" + String.join(",", arguments) + "]";
        }
        return simple(t);
    }

    /** Whether two spellings name the same type. */
    public static boolean same(String a, String b) {
        return java.util.Objects.equals(canonical(a), canonical(b));
    }

    /** A name without namespace and generic arity ({@code System.Collections.Generic.List`1} → {@code List}). */
    private static String simple(String name) {
        String n = name.strip();
        int tick = n.indexOf('`');
        if (tick >= 0) {
            n = n.substring(0, tick);
        }
        // [System.Int32] inside a generic may carry an assembly-qualified tail: keep the type name only
        int comma = n.indexOf(',');
        if (comma >= 0) {
            n = n.substring(0, comma).strip();
        }
        if (n.startsWith("[")) {
            n = n.substring(1);
        }
        if (n.endsWith("]")) {
            n = n.substring(0, n.length() - 1);
        }
        n = n.substring(n.lastIndexOf('.') + 1);
        return CANONICAL.getOrDefault(n.toLowerCase(Locale.ROOT), n);
    }

    /** Top-level comma split of generic arguments ({@code String,List[Int32]}), brackets respected. */
    private static List<String> splitArguments(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
