package dev.exobindings.runtime.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token. {@link #toString()} never shows the token.
 *
 * @param token     the raw JWT
 * @param expiresAt when it stops being valid
 */
public record AccessToken(String token, Instant expiresAt) {
    public AccessToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "AccessToken[token=<redacted>, expiresAt=" + expiresAt + "]";
    }
}
