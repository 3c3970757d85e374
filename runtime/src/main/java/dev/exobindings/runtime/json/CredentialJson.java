package dev.exobindings.runtime.json;

import java.util.Arrays;

/**
 * Writes the compact JSON {@code {"UserName":…,"Password":…}} of a PSCredential into a {@code char[]} the caller
 * zeroes after encryption. The password never becomes a {@link String} (strings cannot be wiped and linger in the
 * heap); every intermediate buffer is cleared before it is dropped.
 */
final class CredentialJson {
    private char[] buf = new char[64];
    private int len;

    private CredentialJson() {
    }

    /** The JSON text; the caller must zero the returned array. */
    static char[] write(String userName, char[] password) {
        CredentialJson out = new CredentialJson();
        out.raw("{\"UserName\":");
        out.quoted(userName.toCharArray());
        out.raw(",\"Password\":");
        out.quoted(password);
        out.raw("}");
        char[] result = Arrays.copyOf(out.buf, out.len);
        Arrays.fill(out.buf, '\0');
        return result;
    }

    private void quoted(char[] text) {
        append('"');
        for (char c : text) {
            switch (c) {
                case '"' -> raw("\\\"");
                case '\\' -> raw("\\\\");
                case '\n' -> raw("\\n");
                case '\r' -> raw("\\r");
                case '\t' -> raw("\\t");
                case '\b' -> raw("\\b");
                case '\f' -> raw("\\f");
                default -> {
                    if (c < 0x20) {
                        raw("\\u00");
                        append(Character.forDigit(c >> 4, 16));
                        append(Character.forDigit(c & 0xF, 16));
                    } else {
                        append(c);
                    }
                }
            }
        }
        append('"');
    }

    private void raw(String s) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
    }

    private void append(char c) {
        if (len == buf.length) {
            char[] bigger = Arrays.copyOf(buf, buf.length * 2);
            Arrays.fill(buf, '\0');
            buf = bigger;
        }
        buf[len++] = c;
    }
}
