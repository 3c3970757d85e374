package dev.exobindings.runtime.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Wraps a {@link TokenProvider} that really acquires tokens (MSAL, a callback) and caches its token per scope.
 *
 * <ul>
 *   <li>A cached token is reused until {@code expiresAt - skew}; the skew defaults to 5 minutes and is capped at
 *       half the token's lifetime, so short-lived tokens are not re-acquired on every call.</li>
 *   <li>{@link TokenRequest#forceRefresh()} or a claims challenge bypasses the cache; the request, claims
 *       included, is passed unchanged to the wrapped provider and its token replaces the cached one.</li>
 *   <li>Only one acquisition per scope runs at a time: callers that arrive while one is running wait for it
 *       and share its result (or its exception). A forced or claims request only joins a running acquisition
 *       that was itself forced with the same claims, so it never receives a token that was served from a
 *       cache.</li>
 *   <li>A failed acquisition is not cached; the next call tries again.</li>
 * </ul>
 * Thread-safe.
 */
public final class CachingTokenProvider implements TokenProvider {
    /** The default margin before expiry at which a cached token is refreshed. */
    public static final Duration DEFAULT_REFRESH_SKEW = Duration.ofMinutes(5);

    private final TokenProvider source;
    private final Duration skew;
    private final Clock clock;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private final Map<String, Cached> cache = new HashMap<>();
    /** Guarded by {@link #lock}. */
    private final Map<String, Flight> inFlight = new HashMap<>();

    private CachingTokenProvider(TokenProvider source, Duration skew, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.skew = Objects.requireNonNull(skew, "skew");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (skew.isNegative()) {
            throw new IllegalArgumentException("refresh skew must not be negative, got " + skew);
        }
    }

    /** Caches {@code source} with the default skew and the system clock. */
    public static CachingTokenProvider of(TokenProvider source) {
        return new CachingTokenProvider(source, DEFAULT_REFRESH_SKEW, Clock.systemUTC());
    }

    /**
     * Caches {@code source}.
     *
     * @param skew  how long before expiry a cached token is refreshed
     * @param clock the time source (tests inject a fixed or stepping clock)
     */
    public static CachingTokenProvider of(TokenProvider source, Duration skew, Clock clock) {
        return new CachingTokenProvider(source, skew, clock);
    }

    @Override
    public AccessToken token(TokenRequest request) {
        Objects.requireNonNull(request, "request");
        String key = request.scope() == null ? "" : request.scope();
        boolean bypass = request.forceRefresh() || request.claims() != null;
        Flight flight;
        boolean owner = false;
        synchronized (lock) {
            if (!bypass) {
                Cached cached = cache.get(key);
                if (cached != null && clock.instant().isBefore(cached.refreshAt())) {
                    return cached.token();
                }
            }
            Flight running = inFlight.get(key);
            if (running != null && running.satisfies(request)) {
                flight = running;
            } else {
                flight = new Flight(new CompletableFuture<>(), bypass, request.claims());
                inFlight.put(key, flight);
                owner = true;
            }
        }
        if (owner) {
            acquire(key, request, flight);
        }
        return await(flight.result());
    }

    /** Runs the real acquisition in the calling thread and publishes its outcome to everyone waiting. */
    private void acquire(String key, TokenRequest request, Flight flight) {
        try {
            Instant started = clock.instant();
            AccessToken token = source.token(request);
            if (token == null) {
                throw new AuthenticationFailedException("The token provider " + source + " returned no token");
            }
            synchronized (lock) {
                Cached previous = cache.get(key);
                // A slow unforced acquisition must not overwrite a newer token a forced one stored meanwhile.
                if (previous == null || flight.forced() || !token.expiresAt().isBefore(previous.token().expiresAt())) {
                    cache.put(key, new Cached(token, refreshAt(started, token.expiresAt())));
                }
                inFlight.remove(key, flight);
            }
            flight.result().complete(token);
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                inFlight.remove(key, flight);
            }
            flight.result().completeExceptionally(e);
        }
    }

    private Instant refreshAt(Instant acquired, Instant expiresAt) {
        Duration lifetime = Duration.between(acquired, expiresAt);
        Duration margin = lifetime.isNegative() ? Duration.ZERO : lifetime.dividedBy(2);
        if (skew.compareTo(margin) < 0) {
            margin = skew;
        }
        return expiresAt.minus(margin);
    }

    private static AccessToken await(CompletableFuture<AccessToken> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AuthenticationFailedException("Token acquisition failed: " + cause, cause);
        }
    }

    @Override
    public String toString() {
        return "CachingTokenProvider[source=" + source + ", skew=" + skew + "]";
    }

    private record Cached(AccessToken token, Instant refreshAt) {
    }

    /** One running acquisition; {@code forced} when it bypassed caches. */
    private record Flight(CompletableFuture<AccessToken> result, boolean forced, String claims) {
        boolean satisfies(TokenRequest request) {
            if (!request.forceRefresh() && request.claims() == null) {
                return true;
            }
            return forced && (request.claims() == null || request.claims().equals(claims));
        }
    }
}
