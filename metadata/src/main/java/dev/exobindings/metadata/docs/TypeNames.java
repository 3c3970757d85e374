package dev.exobindings.metadata.docs;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises the type names the docs write, which spell one CLR type several ways and carry typos.
 * Only the spelling changes; the meaning of a type is left to the generator.
 */
public final class TypeNames {
    /** The switch type. */
    public static final String SWITCH = "SwitchParameter";
    /** Exchange's generic multivalue type. */
    public static final String MULTI_VALUED_PROPERTY = "MultiValuedProperty";

    /** Generic arity and arguments, e.g. {@code `1[System.UInt32]} in {@code Unlimited`1[System.UInt32]}. */
    private static final Pattern GENERIC_ARGUMENTS = Pattern.compile("`\\d+\\[.*]$");
    private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_+]*");

    /** Known misspellings (found in the docs snapshot) and lowercase spellings of real type names. */
    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("MulitValuedProperty", MULTI_VALUED_PROPERTY),
            Map.entry("MultiValuedPropert", MULTI_VALUED_PROPERTY),
            Map.entry("MultiValueProperty", MULTI_VALUED_PROPERTY),
            Map.entry("DateTim", "DateTime"),
            Map.entry("PolicyIdParametert", "PolicyIdParameter"),
            Map.entry("string", "String"),
            Map.entry("unlimited", "Unlimited"),
            Map.entry("bool", "Boolean"),
            Map.entry("int", "Int32"));

    private TypeNames() {
    }

    /**
     * Normalises a raw type: strips {@code < >}, stray closing brackets, a set name leaked after a comma,
     * generic arguments, namespaces (everything up to the last dot, which also fixes {@code Sustem.Guid}), and
     * fixes known typos. Keeps {@code []} and nested-type {@code +}.
     *
     * @return the normalised name, or {@code null} when nothing usable is left
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String t = raw.replace("<", "").replace(">", "").trim();
        int comma = t.indexOf(',');
        if (comma >= 0) {
            t = t.substring(0, comma).trim();
        }
        t = GENERIC_ARGUMENTS.matcher(t).replaceAll("");
        boolean array = false;
        while (t.endsWith("[]")) {
            array = true;
            t = t.substring(0, t.length() - 2).trim();
        }
        while (t.endsWith("]") || t.endsWith("[")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        int dot = t.lastIndexOf('.');
        if (dot >= 0) {
            t = t.substring(dot + 1);
        }
        t = SPELLING.getOrDefault(t, t);
        if (!VALID_NAME.matcher(t).matches()) {
            return null;
        }
        if (Character.isLowerCase(t.charAt(0))) {
            t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
        return array ? t + "[]" : t;
    }

    /** Whether a normalised type takes several values ({@code X[]} except the {@code Byte[]} blob, MVP, collections). */
    public static boolean isMultiValued(String type) {
        if (type == null) {
            return false;
        }
        if (type.endsWith("[]")) {
            return !type.equals("Byte[]");
        }
        return type.equals(MULTI_VALUED_PROPERTY) || type.endsWith("Collection");
    }

    /** The element type of {@code X[]} (not of {@code Byte[]}), else {@code null}. */
    public static String elementType(String type) {
        if (type == null || !type.endsWith("[]") || type.equals("Byte[]")) {
            return null;
        }
        return type.substring(0, type.length() - 2);
    }
}
