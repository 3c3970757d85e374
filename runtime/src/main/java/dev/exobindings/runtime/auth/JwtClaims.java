package dev.exobindings.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the payload of a JWT access token without checking its signature: the service checks it, the client
 * only needs the expiry to know when to refresh. Messages never include the token.
 */
final class JwtClaims {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JwtClaims() {
    }

    /** The {@code exp} claim, or empty when the token has none. */
    static Optional<Instant> expiry(String jwt) {
        JsonNode exp = payload(jwt).get("exp");
        if (exp == null || exp.isNull()) {
            return Optional.empty();
        }
        if (!exp.canConvertToLong()) {
            throw new IllegalArgumentException("The access token's 'exp' claim is not a number of seconds; "
                    + "pass the access token exactly as the identity platform issued it");
        }
        return Optional.of(Instant.ofEpochSecond(exp.asLong()));
    }

    /** The decoded payload (second part) of the token. */
    static JsonNode payload(String jwt) {
        String[] parts = jwt.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("The access token is not a JWT (expected three base64url parts "
                    + "separated by '.', found " + parts.length + "); pass the raw access token, without "
                    + "the \"Bearer\" prefix");
        }
        byte[] json;
        try {
            json = Base64.getUrlDecoder().decode(stripPadding(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The access token's payload (second part) is not base64url; "
                    + "pass the access token exactly as the identity platform issued it", e);
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IOException("not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("The access token's payload (second part) is not a JSON object; "
                    + "pass the access token exactly as the identity platform issued it");
        }
    }

    private static String stripPadding(String part) {
        int end = part.length();
        while (end > 0 && part.charAt(end - 1) == '=') {
            end--;
        }
        return part.substring(0, end);
    }
}
