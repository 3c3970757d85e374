package dev.exobindings.runtime.failure;

/**
 * Text from an answer made fit for an exception message or a log line: control characters (line breaks, ESC, the C1
 * controls), the line and paragraph separators and the bidirectional controls are escaped (a line break as backslash-n,
 * the others as backslash-u and four hex digits), a tab is a space, and text longer than a limit is cut with the count
 * of characters left out.
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
            if (Character.isHighSurrogate(c) && out.length() + 1 >= max) {
                break; // a cut between the two halves of a character would leave half of it
            }
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append(' ');
            } else if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                // C0 and C1 controls (ESC, U+009B CSI, U+0085 NEL), line and paragraph separators, bidi controls
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        int left = text.length() - i;
        return left == 0 ? out.toString()
                : out + "… (" + left + (left == 1 ? " more character)" : " more characters)");
    }
}
