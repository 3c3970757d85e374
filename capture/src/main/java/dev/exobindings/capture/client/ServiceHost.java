package dev.exobindings.capture.client;

import dev.exobindings.runtime.auth.AccessToken;
import java.net.URI;

/**
 * Where a capture's downloads go, given the token it signed in with: a fixed REST base (Exchange Online's, or an
 * override), or for Security &amp; Compliance the tenant's regional host, discovered with that token.
 */
@FunctionalInterface
public interface ServiceHost {
    /**
     * The REST base to download from.
     *
     * @throws dev.exobindings.capture.CaptureException when it cannot be found (one message naming the fix)
     */
    URI resolve(AccessToken token);

    /** Always {@code base}. */
    static ServiceHost fixed(URI base) {
        return token -> base;
    }
}
