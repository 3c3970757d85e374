package dev.exobindings.runtime.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Credentials for a token the caller already has, or obtains itself:
 * <pre>{@code
 * ExchangeClient.builder().credentials(StaticCredentials.token(jwt))
 * ExchangeClient.builder().credentials(StaticCredentials.supplier(() -> myVault.exchangeToken()))
 * }</pre>
 * The tenant, authority and scope of the client are not used: the token must already be issued for the
 * Exchange Online resource of the right cloud.
 */
public final class StaticCredentials implements Credentials {
    private final Supplier<AccessToken> supplier;
    private final String description;
    private final Clock clock;

    private StaticCredentials(Supplier<AccessToken> supplier, String description, Clock clock) {
        this.supplier = supplier;
        this.description = description;
        this.clock = clock;
    }

    /**
     * A fixed JWT. Its expiry comes from the {@code exp} claim (read without checking the signature); a token
     * without one is treated as never expiring. Once it has expired, asking for a token fails with an
     * {@link AuthenticationFailedException} instead of sending a request the service would reject.
     *
     * @throws IllegalArgumentException when {@code jwt} is not a JWT
     */
    public static StaticCredentials token(String jwt) {
        return token(jwt, Clock.systemUTC());
    }

    static StaticCredentials token(String jwt, Clock clock) {
        Objects.requireNonNull(jwt, "jwt");
        String raw = jwt.strip();
        AccessToken token = new AccessToken(raw, JwtClaims.expiry(raw).orElse(Instant.MAX));
        return new StaticCredentials(() -> token, "expiresAt=" + token.expiresAt(), clock);
    }

    /**
     * Tokens from a callback, cached until shortly before their {@link AccessToken#expiresAt()} (see
     * {@link CachingTokenProvider}); the callback runs again after that, or when the client forces a refresh
     * after a 401. It must return a token for the Exchange Online resource; it may be called from any thread,
     * by one thread at a time per scope.
     */
    public static StaticCredentials supplier(Supplier<AccessToken> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        return new StaticCredentials(supplier, "supplier", Clock.systemUTC());
    }

    @Override
    public TokenProvider tokenProvider(AuthContext context) {
        return CachingTokenProvider.of(new SupplierTokenProvider(), CachingTokenProvider.DEFAULT_REFRESH_SKEW, clock);
    }

    @Override
    public String toString() {
        return "StaticCredentials[" + description + ", token=<redacted>]";
    }

    /** Calls the supplier and rejects what cannot work. */
    private final class SupplierTokenProvider implements TokenProvider {
        @Override
        public AccessToken token(TokenRequest request) {
            AccessToken token = supplier.get();
            if (token == null) {
                throw new AuthenticationFailedException("The token supplier returned null; "
                        + "StaticCredentials.supplier(...) must return an AccessToken");
            }
            if (!clock.instant().isBefore(token.expiresAt())) {
                throw new AuthenticationFailedException("The access token given to StaticCredentials expired at "
                        + token.expiresAt() + "; supply a fresh token, or use StaticCredentials.supplier(...) "
                        + "or MsalCredentials so the client can renew it");
            }
            return token;
        }

        @Override
        public String toString() {
            return StaticCredentials.this.toString();
        }
    }
}
