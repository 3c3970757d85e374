package dev.exobindings.capture;

import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.auth.Credentials;
import dev.exobindings.runtime.auth.StaticCredentials;

import java.time.Instant;

/** Credentials for the simulator's opaque static tokens (not JWTs, so {@code StaticCredentials.token} refuses them). */
final class SimTokens {
    private SimTokens() {
    }

    static Credentials of(String token) {
        return StaticCredentials.supplier(() -> new AccessToken(token, Instant.MAX));
    }
}
