package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.limit.RateLimiter;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void noMoreThanMaxConcurrencyCallsAreInFlight() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch twoArrived = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        server.handler(r -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            twoArrived.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return Reply.json(page("{\"Name\":\"x\"}", null));
        });
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).maxConcurrency(2).build()) {
            List<CompletableFuture<InvokeResult>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(exo.invokeAsync(CmdletRequest.of("Get-Mailbox").param("Identity", "u" + i)));
            }
            // a stream on another thread competes for the same two slots
            CompletableFuture<Long> streamed = CompletableFuture.supplyAsync(() -> {
                try (var s = exo.stream(CmdletRequest.of("Get-User"))) {
                    return s.count();
                }
            });
            assertTrue(twoArrived.await(10, TimeUnit.SECONDS));
            release.countDown();
            for (var f : futures) {
                assertEquals(1, f.get(10, TimeUnit.SECONDS).rows().size());
            }
            assertEquals(1L, streamed.get(10, TimeUnit.SECONDS));
        }
        assertEquals(7, server.requests().size());
        assertEquals(2, peak.get(), "the limiter let exactly two calls through at once");
    }

    @Test
    void rateLimiterSpacesCallsOnTheInjectedClock() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(2, time, time);
        for (int i = 0; i < 6; i++) {
            limiter.acquire();
        }
        // a burst of 2, then one permit every 500 ms
        assertEquals(Duration.ofSeconds(2), time.slept());
    }

    @Test
    void clientRateLimitAppliesToCalls() {
        server.handler(r -> Reply.json(page("", null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).rateLimit(1).build()) {
            for (int i = 0; i < 3; i++) {
                exo.invoke(CmdletRequest.of("Get-Mailbox"));
            }
        }
        assertEquals(Duration.ofSeconds(2), time.slept());
    }
}
