package dev.exobindings.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads a claim from a JWT's payload (base64url JSON). No signature check: the claim only picks a routing hint;
 * the service validates the token.
 */
public final class JwtClaims {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JwtClaims() {
    }

    /** The string claim {@code name}, empty if the token is not a JWT or lacks it. */
    public static Optional<String> claim(String jwt, String name) {
        if (jwt == null) {
            return Optional.empty();
        }
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(stripPadding(parts[1])));
            JsonNode value = payload.get(name);
            return value != null && value.isTextual() && !value.asText().isBlank()
                    ? Optional.of(value.asText()) : Optional.empty();
        } catch (IllegalArgumentException | IOException notJwt) {
            return Optional.empty();
        }
    }

    private static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '=') {
            end--;
        }
        return s.substring(0, end);
    }
}
