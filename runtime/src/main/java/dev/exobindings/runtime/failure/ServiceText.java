package dev.exobindings.runtime.failure;

/**
 * Text from an answer made fit for an exception message or a log line: control characters (line breaks, ESC) and
 * the bidirectional controls are escaped (a line break as backslash-n, the others as backslash-u and four hex
 * digits), a tab is a space, and text longer than a limit is cut with the count of characters left out.
 */
public final class ServiceText {
    private ServiceText() {
    }

    /** {@code text} escaped and cut at {@code max} characters; null stays null. */
    public static String of(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 16);
        int i = 0;
        for (; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append(' ');
            } else if (c < 0x20 || c == 0x7f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return i < text.length() ? out + "… (" + (text.length() - i) + " more characters)" : out.toString();
    }
}
