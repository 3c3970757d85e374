package dev.exobindings.generator.naming;

import java.util.Set;

/** Facts about Java identifiers: keywords and literals that can never be a name, and the identifier shape. */
public final class JavaNames {
    /** Keywords, reserved literals and contextual words that would confuse a reader or javac. */
    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_",
            "var", "yield", "record", "sealed", "permits", "non-sealed");

    private JavaNames() {
    }

    /** Whether {@code name} is a Java keyword or reserved literal (case-sensitive, as javac sees it). */
    public static boolean isReserved(String name) {
        return RESERVED.contains(name);
    }

    /** Whether {@code name} is a legal ASCII Java identifier that is not reserved. */
    public static boolean isIdentifier(String name) {
        if (name == null || name.isEmpty() || isReserved(name)) {
            return false;
        }
        if (!isAsciiLetter(name.charAt(0)) && name.charAt(0) != '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name} is a valid dotted package name (each segment an identifier). */
    public static boolean isPackageName(String name) {
        if (name == null || name.isEmpty() || name.startsWith(".") || name.endsWith(".")) {
            return false;
        }
        for (String segment : name.split("\\.", -1)) {
            if (!isIdentifier(segment)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
