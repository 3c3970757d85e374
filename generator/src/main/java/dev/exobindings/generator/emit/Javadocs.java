package dev.exobindings.generator.emit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Makes snapshot text safe inside a Javadoc comment: HTML-escaped, no comment terminator, no {@code @} tags, no
 * backslash (which could start a unicode escape), no control characters, bidirectional and zero-width characters
 * as numeric entities. Pass the result with JavaPoet's
 * {@code $L} so {@code $} needs no escaping.
 */
public final class Javadocs {
    private static final int MAX_LENGTH = 300;

    private Javadocs() {
    }

    /** Escapes one piece of snapshot text for Javadoc. */
    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        boolean cut = raw.length() > MAX_LENGTH;
        // never between the two halves of a surrogate pair: half a character cannot be written
        int end = cut && Character.isHighSurrogate(raw.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        String s = cut ? raw.substring(0, end) : raw;
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '@' -> sb.append("&#64;");
                case '\\' -> sb.append("&#92;");
                case '{' -> sb.append("&#123;");
                case '}' -> sb.append("&#125;");
                case '/' -> sb.append(i > 0 && s.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        sb.append(' ');
                    } else if (InvisibleCharacters.isInvisible(c)) {
                        // visible in the source as an entity; the rendered page keeps the character
                        sb.append("&#x").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(';');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        // an entity, not the character: generated sources stay ASCII where the snapshot's text is
        return cut ? sb.append("&hellip;").toString() : sb.toString();
    }

    /** Snapshot text as inline code: {@code <code>text</code>}, escaped. */
    public static String code(String raw) {
        return "<code>" + text(raw) + "</code>";
    }

    /** A comma-separated list of escaped inline-code values. */
    public static String codeList(List<String> values) {
        return values.stream().map(Javadocs::code).collect(Collectors.joining(", "));
    }
}
