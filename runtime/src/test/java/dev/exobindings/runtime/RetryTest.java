package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static dev.exobindings.runtime.testing.Clients.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.InvocationTimeoutException;
import dev.exobindings.runtime.error.OutcomeUnknownException;
import dev.exobindings.runtime.error.ThrottledException;
import dev.exobindings.runtime.error.TransientServiceException;
import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.event.RequestEvent;
import dev.exobindings.runtime.event.ThrottledEvent;
import dev.exobindings.runtime.retry.RetryPolicy;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {
    private static final String OK = page(rows("a", 1), null);
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void throttledWithRetryAfterTwoWaitsAtLeastTwoSeconds() {
        server.enqueue(Reply.text(429, "text/plain", "Too many requests").header("Retry-After", "2"), Reply.json(OK));
        List<ThrottledEvent> throttled = new ArrayList<>();
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).listener(new ExchangeEventListener() {
            @Override
            public void onThrottled(ThrottledEvent event) {
                throttled.add(event);
            }
        }).build()) {
            assertEquals(1, exo.invoke(CmdletRequest.of("Get-Mailbox")).rows().size());
        }
        assertEquals(1, time.sleeps().size());
        assertTrue(time.slept().compareTo(Duration.ofSeconds(2)) >= 0, "slept " + time.slept());
        assertEquals(Duration.ofSeconds(2), throttled.get(0).retryAfter());
        var reqs = server.requests();
        assertEquals(reqs.get(0).header("client-request-id"), reqs.get(1).header("client-request-id"),
                "a retry keeps the invocation's client-request-id");
    }

    @Test
    void retryAfterAsHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(time.instant().plusSeconds(7).atZone(ZoneOffset.UTC));
        server.enqueue(Reply.empty(429).header("Retry-After", date), Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            exo.invoke(CmdletRequest.of("Get-Mailbox"));
        }
        assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
    }

    @Test
    void throttlingIsRetriedEvenForWrites() {
        server.enqueue(Reply.empty(429), Reply.json(page("", null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            exo.invoke(CmdletRequest.of("Set-Mailbox").param("Identity", "vasil").param("Office", "B2"));
        }
        assertEquals(2, server.requests().size());
        assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps(), "no Retry-After: the first backoff step");
    }

    @Test
    void readsAreRetriedOn503WithCappedExponentialBackoff() {
        server.enqueue(Reply.empty(503), Reply.empty(504), Reply.empty(408), Reply.empty(503), Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .retryPolicy(RetryPolicy.builder().jitter(0).maxDelay(Duration.ofSeconds(10)).build()).build()) {
            exo.invoke(CmdletRequest.of("Get-Mailbox"));
        }
        assertEquals(5, server.requests().size());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(10)),
                time.sleeps());
    }

    @Test
    void writeIsNotRetriedAfter503() {
        server.enqueue(Reply.empty(503), Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> exo.invoke(CmdletRequest.of("New-DistributionGroup").param("Name", "Sales")));
            assertSame(OutcomeUnknownException.class, e.getClass(), "a 5xx does not say the group was not created");
            assertEquals(503, e.httpStatus());
        }
        assertEquals(1, server.requests().size(), "a write that may have run is not repeated");
        assertEquals(List.of(), time.sleeps());
    }

    @Test
    void writeIsRetriedAfter503WhenThePolicyAllows() {
        server.enqueue(Reply.empty(503), Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .retryPolicy(RetryPolicy.builder().jitter(0).retryNonIdempotent(true).build()).build()) {
            exo.invoke(CmdletRequest.of("New-DistributionGroup").param("Name", "Sales"));
        }
        assertEquals(2, server.requests().size());
    }

    @Test
    void transientExceptionNamesAreRetried() {
        String body = "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"Error executing cmdlet\",\"details\":[{"
                + "\"code\":\"Context\",\"target\":\"\",\"message\":\"Ex1|Microsoft.Exchange.Data.Directory."
                + "DCOverloadedException|The domain controller is overloaded.\"}]}}";
        server.enqueue(Reply.json(500, body), Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            exo.invoke(CmdletRequest.of("Get-Recipient"));
        }
        assertEquals(2, server.requests().size());
    }

    @Test
    void otherClientErrorsAreNotRetried() {
        server.enqueue(Reply.json(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"bad\"}}"), Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
        }
        assertEquals(1, server.requests().size());
    }

    @Test
    void aReadRetriedAfter503WaitsItsRetryAfterInsteadOfTheBackoff() {
        server.enqueue(Reply.empty(503).header("Retry-After", "7"), Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertEquals(1, exo.invoke(CmdletRequest.of("Get-Mailbox")).rows().size());
        }
        assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
    }

    /** A 5xx is no throttling: a Retry-After past the cap keeps the backoff, and a write stays outcome unknown. */
    @Test
    void a503WithARetryAfterPastTheCapWaitsTheBackoffAndAWriteStaysUnknown() {
        server.enqueue(Reply.empty(503).header("Retry-After", "86400"), Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertEquals(1, exo.invoke(CmdletRequest.of("Get-Mailbox")).rows().size());
        }
        assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
        server.handler(r -> Reply.empty(503).header("Retry-After", "86400"));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .retryPolicy(RetryPolicy.builder().retryNonIdempotent(true).maxRetries(1).build()).build()) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> exo.invoke(CmdletRequest.of("New-DistributionGroup").param("Name", "Sales")));
            assertSame(OutcomeUnknownException.class, e.getClass(), e.getMessage());
        }
    }

    @Test
    void aRetryAfterOfZeroOrADateGoneByWaitsTheBackoffRatherThanNothing() {
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(time.instant().minusSeconds(60).atZone(ZoneOffset.UTC));
        server.enqueue(Reply.empty(429).header("Retry-After", "0"), Reply.empty(429).header("Retry-After", past),
                Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertEquals(1, exo.invoke(CmdletRequest.of("Get-Mailbox")).rows().size());
        }
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), time.sleeps());
    }

    @Test
    void retriesEndWithTheTypedException() {
        server.handler(r -> Reply.empty(429).header("Retry-After", "1"));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            ThrottledException e = assertThrows(ThrottledException.class,
                    () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
            assertTrue(e.getMessage().contains("(gave up after 6 attempts: RetryPolicy.maxRetries is 5)"),
                    e.getMessage());
        }
        assertEquals(6, server.requests().size(), "1 attempt + 5 retries, as the module");
        assertEquals(Duration.ofSeconds(5), time.slept());
    }

    @Test
    void unauthorizedRefreshesTheTokenOnceWithTheClaimsChallenge() {
        Tokens tokens = Tokens.appOnly();
        String first = tokens.current();
        server.enqueue(Reply.empty(401).header("WWW-Authenticate",
                "Bearer realm=\"\", error=\"insufficient_claims\", claims=\"eyJhY2Nlc3NfdG9rZW4iOnt9fQ==\""),
                Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, tokens).build()) {
            exo.invoke(CmdletRequest.of("Set-Mailbox").param("Identity", "x"));
        }
        var reqs = server.requests();
        assertEquals(2, reqs.size());
        assertEquals("Bearer " + first, reqs.get(0).header("Authorization"));
        assertNotEquals(reqs.get(0).header("Authorization"), reqs.get(1).header("Authorization"));
        var asked = tokens.requests();
        assertFalse(asked.get(0).forceRefresh());
        assertNull(asked.get(0).claims());
        assertTrue(asked.get(1).forceRefresh());
        assertEquals("eyJhY2Nlc3NfdG9rZW4iOnt9fQ==", asked.get(1).claims());
        assertEquals(List.of(), time.sleeps(), "a refresh needs no wait");
    }

    @Test
    void connectionRefusedIsRetriedForEveryVerb() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        List<RequestEvent> events = new ArrayList<>();
        try (ExchangeClient exo = ExchangeClient.builder().tenant(Clients.TENANT)
                .endpoint(URI.create("http://127.0.0.1:" + port)).tokenProvider(Tokens.appOnly())
                .clock(time).sleeper(time).retryPolicy(RetryPolicy.builder().jitter(0).maxRetries(2).build())
                .listener(new ExchangeEventListener() {
                    @Override
                    public void onRequest(RequestEvent event) {
                        events.add(event);
                    }
                }).build()) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> exo.invoke(CmdletRequest.of("New-Mailbox").param("Name", "x")));
            assertSame(TransientServiceException.class, e.getClass());
            assertEquals(-1, e.httpStatus());
            assertTrue(e.getMessage().contains("ConnectException"), e.getMessage());
        }
        assertEquals(3, events.size(), "nothing reached a server, so even New-Mailbox is retried");
        assertEquals(List.of(-1, -1, -1), events.stream().map(RequestEvent::status).toList());
    }

    @Test
    void overallTimeoutStopsWaiting() {
        server.handler(r -> Reply.empty(429).header("Retry-After", "20"));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .overallTimeout(Duration.ofSeconds(30)).build()) {
            InvocationTimeoutException e = assertThrows(InvocationTimeoutException.class,
                    () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
            assertTrue(e.getMessage().contains("overall timeout PT30S exceeded"), e.getMessage());
        }
        assertEquals(2, server.requests().size(), "20 s + 20 s would cross the 30 s budget");
        assertEquals(List.of(Duration.ofSeconds(20)), time.sleeps());
    }

    @Test
    void perRequestTimeoutSurfacesAsTransientFailure() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        server.handler(r -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.json(OK);
        });
        try (ExchangeClient exo = ExchangeClient.builder().tenant(Clients.TENANT).endpoint(server.base())
                .tokenProvider(Tokens.appOnly()).retryPolicy(RetryPolicy.none())
                .requestTimeout(Duration.ofMillis(300)).build()) {
            ExchangeException e = assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
            assertSame(TransientServiceException.class, e.getClass());
            assertTrue(e.getMessage().contains("no response within PT0.3S"), e.getMessage());
        } finally {
            release.countDown();
        }
    }

    @Test
    void backoffIsCappedAndJittered() {
        RetryPolicy p = RetryPolicy.builder().baseDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(60))
                .jitter(0.5).random(() -> 0.5).build();
        assertEquals(Duration.ofMillis(1500), p.backoff(0));
        assertEquals(Duration.ofMillis(3000), p.backoff(1));
        assertEquals(Duration.ofSeconds(45), p.backoff(10));
        assertEquals(Duration.ofSeconds(45), p.backoff(62));
        assertEquals(5, RetryPolicy.defaults().maxRetries());
        assertEquals(Duration.ofSeconds(2), RetryPolicy.defaults().baseDelay());
    }

    @Test
    void timeoutOverridesWinOverTheModuleValue() {
        Timeouts t = Timeouts.defaults();
        assertEquals(Duration.ofSeconds(960), t.requestTimeout("Get-Mailbox"));
        assertEquals(Duration.ofSeconds(3660), t.requestTimeout("Get-DistributionGroupMember", Duration.ofSeconds(3660)));
        assertEquals(Duration.ofSeconds(5), t.withCmdlet("Get-Mailbox", Duration.ofSeconds(5)).requestTimeout("Get-Mailbox"));
        assertEquals(Duration.ofSeconds(7), t.withPerRequest(Duration.ofSeconds(7)).requestTimeout("Set-UnifiedGroup"));
    }
}
