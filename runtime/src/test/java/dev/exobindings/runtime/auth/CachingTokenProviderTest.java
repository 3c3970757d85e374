package dev.exobindings.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CachingTokenProviderTest {
    private static final String SCOPE = "https://outlook.office365.com/.default";
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);

    /** A source issuing "token-1", "token-2", … each valid for {@code lifetime} from the clock's now. */
    private final class CountingSource implements TokenProvider {
        final AtomicInteger calls = new AtomicInteger();
        final List<TokenRequest> requests = Collections.synchronizedList(new ArrayList<>());
        private final Duration lifetime;

        CountingSource(Duration lifetime) {
            this.lifetime = lifetime;
        }

        @Override
        public AccessToken token(TokenRequest request) {
            requests.add(request);
            return new AccessToken("token-" + calls.incrementAndGet(), clock.instant().plus(lifetime));
        }
    }

    private static TokenRequest plain() {
        return new TokenRequest(SCOPE, null, false);
    }

    @Test
    void reusesTheTokenUntilFiveMinutesBeforeExpiryThenRefreshes() {
        CountingSource source = new CountingSource(Duration.ofMinutes(60));
        TokenProvider provider = CachingTokenProvider.of(source, CachingTokenProvider.DEFAULT_REFRESH_SKEW, clock);

        assertEquals("token-1", provider.token(plain()).token());
        clock.advance(Duration.ofMinutes(54).plusSeconds(59));
        assertEquals("token-1", provider.token(plain()).token());
        assertEquals(1, source.calls.get());

        clock.advance(Duration.ofSeconds(1)); // now exactly expiry - 5 min
        assertEquals("token-2", provider.token(plain()).token());
        assertEquals(2, source.calls.get());
        assertEquals(T0.plus(Duration.ofMinutes(115)), provider.token(plain()).expiresAt());
        assertEquals(2, source.calls.get());
    }

    @Test
    void skewIsConfigurable() {
        CountingSource source = new CountingSource(Duration.ofMinutes(60));
        TokenProvider provider = CachingTokenProvider.of(source, Duration.ofMinutes(1), clock);
        provider.token(plain());
        clock.advance(Duration.ofMinutes(58));
        assertEquals("token-1", provider.token(plain()).token());
        clock.advance(Duration.ofMinutes(1));
        assertEquals("token-2", provider.token(plain()).token());
    }

    @Test
    void shortLivedTokensAreRefreshedAtHalfTheirLifetimeNotOnEveryCall() {
        CountingSource source = new CountingSource(Duration.ofMinutes(4)); // shorter than the 5 min skew
        TokenProvider provider = CachingTokenProvider.of(source, CachingTokenProvider.DEFAULT_REFRESH_SKEW, clock);
        provider.token(plain());
        clock.advance(Duration.ofMinutes(1).plusSeconds(59));
        assertEquals("token-1", provider.token(plain()).token());
        clock.advance(Duration.ofSeconds(1));
        assertEquals("token-2", provider.token(plain()).token());
    }

    @Test
    void forceRefreshBypassesTheCacheAndReplacesTheCachedToken() {
        CountingSource source = new CountingSource(Duration.ofMinutes(60));
        TokenProvider provider = CachingTokenProvider.of(source, CachingTokenProvider.DEFAULT_REFRESH_SKEW, clock);
        provider.token(plain());

        assertEquals("token-2", provider.token(new TokenRequest(SCOPE, null, true)).token());
        assertTrue(source.requests.get(1).forceRefresh(), "the wrapped provider must see forceRefresh");
        assertEquals("token-2", provider.token(plain()).token());
        assertEquals(2, source.calls.get());
    }

    @Test
    void claimsAreForwardedUnchangedAndBypassTheCache() {
        String claims = "{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1767261600\"}}}";
        CountingSource source = new CountingSource(Duration.ofMinutes(60));
        TokenProvider provider = CachingTokenProvider.of(source, CachingTokenProvider.DEFAULT_REFRESH_SKEW, clock);
        provider.token(plain());

        assertEquals("token-2", provider.token(new TokenRequest(SCOPE, claims, false)).token());
        assertEquals(claims, source.requests.get(1).claims());
        assertEquals(SCOPE, source.requests.get(1).scope());
        assertNull(source.requests.get(0).claims());
    }

    @Test
    void cachesPerScope() {
        CountingSource source = new CountingSource(Duration.ofMinutes(60));
        TokenProvider provider = CachingTokenProvider.of(source, CachingTokenProvider.DEFAULT_REFRESH_SKEW, clock);
        String compliance = "https://ps.compliance.protection.outlook.com/.default";
        assertEquals("token-1", provider.token(plain()).token());
        assertEquals("token-2", provider.token(new TokenRequest(compliance, null, false)).token());
        assertEquals("token-1", provider.token(plain()).token());
        assertEquals("token-2", provider.token(new TokenRequest(compliance, null, false)).token());
        assertEquals(2, source.calls.get());
    }

    @Test
    void aFailureIsRethrownAndNotCached() {
        AtomicInteger calls = new AtomicInteger();
        AuthenticationFailedException failure = new AuthenticationFailedException("login host unreachable");
        TokenProvider provider = CachingTokenProvider.of(request -> {
            if (calls.incrementAndGet() == 1) {
                throw failure;
            }
            return new AccessToken("recovered", clock.instant().plus(Duration.ofHours(1)));
        }, CachingTokenProvider.DEFAULT_REFRESH_SKEW, clock);

        assertSame(failure, assertThrows(AuthenticationFailedException.class, () -> provider.token(plain())));
        assertEquals("recovered", provider.token(plain()).token());
        assertEquals(2, calls.get());
    }

    @Test
    void aNullTokenFromTheSourceIsAnError() {
        TokenProvider provider = CachingTokenProvider.of(request -> null);
        assertThrows(AuthenticationFailedException.class, () -> provider.token(plain()));
    }

    @Test
    void negativeSkewIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> CachingTokenProvider.of(request -> null, Duration.ofSeconds(-1), clock));
    }

    @Test
    void eightConcurrentCallersCauseOneAcquisition() throws Exception {
        assertSingleFlight(i -> plain());
    }

    @Test
    void eightConcurrentForcedRefreshesCauseOneAcquisition() throws Exception {
        assertSingleFlight(i -> new TokenRequest(SCOPE, null, true));
    }

    /**
     * The first caller enters the source and blocks there; the test waits until the other seven are parked
     * waiting for that acquisition, then lets it finish. Each caller must get the one token.
     */
    private void assertSingleFlight(Function<Integer, TokenRequest> requestFor) throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        TokenProvider provider = CachingTokenProvider.of(request -> {
            calls.incrementAndGet();
            entered.countDown();
            try {
                assertTrue(release.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AccessToken("shared", clock.instant().plus(Duration.ofHours(1)));
        }, CachingTokenProvider.DEFAULT_REFRESH_SKEW, clock);

        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable);
            threads.add(thread);
            return thread;
        });
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int index = i;
                results.add(pool.submit(() -> provider.token(requestFor.apply(index))));
            }
            assertTrue(entered.await(30, TimeUnit.SECONDS), "no caller reached the source");
            awaitParked(threads, 8); // the owner waits on the release latch, seven more on its result
            release.countDown();
            for (Future<AccessToken> result : results) {
                assertEquals("shared", result.get(30, TimeUnit.SECONDS).token());
            }
            assertEquals(1, calls.get());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /** Waits until {@code count} of the threads are parked (waiting on the shared acquisition). */
    private static void awaitParked(List<Thread> threads, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            long parked;
            synchronized (threads) {
                parked = threads.stream().filter(t -> (t.getState() == Thread.State.WAITING
                        || t.getState() == Thread.State.TIMED_WAITING) && isInTokenCall(t)).count();
            }
            if (parked >= count) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("callers did not all wait for the running acquisition");
    }

    private static boolean isInTokenCall(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().equals(CachingTokenProvider.class.getName())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void toStringNeverShowsTheToken() {
        TokenProvider provider = CachingTokenProvider.of(
                request -> new AccessToken("eyJsecret.token.value", Instant.MAX), Duration.ofMinutes(5), clock);
        provider.token(plain());
        assertFalse(provider.toString().contains("eyJsecret"), provider.toString());
    }
}
