package dev.exobindings.generator.emit;

import com.palantir.javapoet.CodeBlock;

/**
 * Java string literals for arbitrary snapshot text. JavaPoet's {@code $S} keeps characters such as U+2028 raw and
 * then breaks the line there, which ends the literal; this writes every character so that the literal stays on
 * one line: the usual escapes, octal escapes for other control characters, and {@code \}{@code uXXXX} for the
 * Unicode line and paragraph separators (which javac reads back as the same character, inside the literal), for
 * bidirectional and zero-width characters (so the source shows what javac reads) and, as a last defence, for a
 * lone surrogate (the model rejects those first).
 */
public final class JavaLiterals {
    private JavaLiterals() {
    }

    /** A Java string literal (with its quotes) that keeps {@code value} exactly, on one line. */
    public static CodeBlock string(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append('\\').append(Integer.toOctalString(c | 0x200).substring(1));
                    } else if (c == '\u0085' || c == '\u2028' || c == '\u2029' || (c >= 0x80 && c < 0xa0)
                            || InvisibleCharacters.isInvisible(c) || Character.isSurrogate(c)
                            && !Character.isSurrogatePair(value.charAt(Math.max(i - 1, 0)), c)
                            && !(i + 1 < value.length() && Character.isSurrogatePair(c, value.charAt(i + 1)))) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return CodeBlock.of("$L", sb.append('"').toString());
    }
}
