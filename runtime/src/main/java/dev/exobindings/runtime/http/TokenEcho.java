package dev.exobindings.runtime.http;

import dev.exobindings.runtime.log.Redactor;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes the caller's own bearer token from an answer before anything reads it. {@link Redactor} recognises token
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

    /** {@code body} with every occurrence of {@code token} replaced by {@value Redactor#REDACTED}. */
    static byte[] scrub(byte[] body, String token) {
        if (token == null) {
            return body;
        }
        byte[] needle = token.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(body, needle, 0);
        if (at < 0) {
            return body; // the usual case: no copy
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
        int from = 0;
        while (at >= 0) {
            out.write(body, from, at - from);
            out.write(REDACTED, 0, REDACTED.length);
            from = at + needle.length;
            at = indexOf(body, needle, from);
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

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
