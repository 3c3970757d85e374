package dev.exobindings.runtime.http;

import dev.exobindings.runtime.log.Redactor;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes the caller's own bearer token from an answer before anything reads it, as is, percent-encoded or written
 * with JSON escapes. {@link Redactor} recognises token
 * shapes (JWTs, {@code Bearer …}); a server that echoes the exact token it received — an opaque one, or one
 * percent-encoded in a {@code Location} — would otherwise carry it into error messages, warnings, results and trace
 * logs. The sender knows the exact token, so it removes that, wherever it stands.
 */
final class TokenEcho {
    /** Shorter values would match ordinary text; real tokens are hundreds of characters. */
    private static final int MIN_TOKEN_LENGTH = 16;
    private static final byte[] REDACTED = Redactor.REDACTED.getBytes(StandardCharsets.US_ASCII);

    private TokenEcho() {
    }

    /** The token of an {@code Authorization: Bearer …} header, or null. */
    static String tokenOf(Map<String, String> requestHeaders) {
        String authorization = requestHeaders.get("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        return token.length() < MIN_TOKEN_LENGTH ? null : token;
    }

    /**
     * {@code body} with every occurrence of {@code token} replaced by {@value Redactor#REDACTED}, also where some of
     * its characters are percent-encoded (inside a URL the server wrote into the body).
     */
    static byte[] scrub(byte[] body, String token) {
        if (token == null) {
            return body;
        }
        byte[] needle = token.getBytes(StandardCharsets.UTF_8);
        int[] match = find(body, needle, 0);
        if (match == null) {
            return body; // the usual case: no copy
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
        int from = 0;
        while (match != null) {
            out.write(body, from, match[0] - from);
            out.write(REDACTED, 0, REDACTED.length);
            from = match[1];
            match = find(body, needle, from);
        }
        out.write(body, from, body.length - from);
        return out.toByteArray();
    }

    /** {@code headers} with every value holding {@code token}, as is or percent-encoded, replaced. */
    static HttpHeaders scrub(HttpHeaders headers, String token) {
        if (token == null || headers.map().values().stream().flatMap(List::stream).noneMatch(v -> holds(v, token))) {
            return headers;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.map().forEach((name, values) -> out.put(name,
                values.stream().map(v -> holds(v, token) ? Redactor.REDACTED : v).toList()));
        return HttpHeaders.of(out, (name, value) -> true);
    }

    private static boolean holds(String value, String token) {
        if (value.contains(token)) {
            return true;
        }
        try {
            return value.indexOf('%') >= 0 && URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8)
                    .contains(token);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** {@code [start, end)} of the first occurrence of {@code needle} at or after {@code from}, or null. */
    private static int[] find(byte[] haystack, byte[] needle, int from) {
        for (int i = from; i < haystack.length; i++) {
            if (haystack[i] == needle[0] || haystack[i] == '%' || haystack[i] == '\\') {
                int end = matchAt(haystack, i, needle);
                if (end >= 0) {
                    return new int[] {i, end};
                }
            }
        }
        return null;
    }

    /**
     * Where a match of {@code needle} starting at {@code at} ends, else -1. Each byte may stand as is, as {@code %XX}
     * (inside a URL) or, an ASCII one, as a JSON escape ({@code \\u002e}, {@code \\/}): JSON lets a server write any
     * character of the token that way, and a parser reading the answer turns it back into the token.
     */
    private static int matchAt(byte[] haystack, int at, byte[] needle) {
        int k = at;
        for (byte wanted : needle) {
            if (k < haystack.length && haystack[k] == wanted) {
                k++;
            } else if (k + 2 < haystack.length && haystack[k] == '%' && hex(haystack[k + 1]) >= 0
                    && hex(haystack[k + 2]) >= 0 && (hex(haystack[k + 1]) << 4 | hex(haystack[k + 2])) == (wanted & 0xff)) {
                k += 3;
            } else if (wanted >= 0 && k + 1 < haystack.length && haystack[k] == '\\') {
                int end = jsonEscapeEnd(haystack, k, wanted);
                if (end < 0) {
                    return -1;
                }
                k = end;
            } else {
                return -1;
            }
        }
        return k;
    }

    /** The end of the JSON escape at {@code k} (a backslash) if it stands for the ASCII {@code wanted}, else -1. */
    private static int jsonEscapeEnd(byte[] haystack, int k, byte wanted) {
        byte kind = haystack[k + 1];
        if (kind == 'u' && k + 5 < haystack.length) {
            int value = 0;
            for (int j = k + 2; j < k + 6; j++) {
                if (hex(haystack[j]) < 0) {
                    return -1;
                }
                value = value << 4 | hex(haystack[j]);
            }
            return value == wanted ? k + 6 : -1;
        }
        return kind == wanted && (wanted == '/' || wanted == '"' || wanted == '\\') ? k + 2 : -1;
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
