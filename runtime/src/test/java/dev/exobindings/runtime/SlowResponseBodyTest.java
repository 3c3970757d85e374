package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static dev.exobindings.runtime.testing.Clients.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.InvocationTimeoutException;
import dev.exobindings.runtime.error.OutcomeUnknownException;
import dev.exobindings.runtime.error.TransientServiceException;
import dev.exobindings.runtime.retry.RetryPolicy;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that sends the status line and headers at once and then the body one byte a second: the request timeout
 * (and the overall budget) covers the body too, so the call ends about when the timeout says, not when the server
 * stops. Margins are wide (a 1 s timeout must end within 10 s; the trickle would take a minute) for loaded machines.
 */
class SlowResponseBodyTest {
    private static final String OK = page(rows("a", 1), null);
    /** {@code OK} padded to 60 bytes: a minute at one byte a second. */
    private static final String SLOW = OK + " ".repeat(60 - OK.length());
    private static final Duration TRICKLE = Duration.ofSeconds(1);
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close(); // also ends a trickle still running
    }

    @Test
    void aReadWhoseBodyStallsFailsWithinTheRequestTimeout() throws InterruptedException {
        server.handler(r -> Reply.json(SLOW).trickled(TRICKLE));
        ExchangeException e;
        long start = System.nanoTime();
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).retryPolicy(RetryPolicy.none())
                .requestTimeout(Duration.ofSeconds(1)).build()) {
            e = assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(LIMIT) < 0, "took " + took + "; the trickle would take a minute");
        assertSame(TransientServiceException.class, e.getClass());
        assertTrue(e.getMessage().contains("no complete answer within PT1S (request timeout): HTTP 200 and its "
                + "headers arrived, the body did not finish in time"), e.getMessage());
        assertInstanceOf(HttpTimeoutException.class, e.getCause());
        assertEquals(HttpTimeoutException.class.getName(), e.exceptionType());
        assertEquals(1, server.requests().size());
        // the exchange was aborted, not left running: the server's next writes fail
        for (long until = System.nanoTime() + LIMIT.toNanos(); server.droppedTrickles() == 0
                && System.nanoTime() < until; ) {
            Thread.sleep(50);
        }
        assertEquals(1, server.droppedTrickles(), "the client closed the connection");
    }

    @Test
    void aWriteWhoseBodyStallsIsOutcomeUnknown() {
        server.handler(r -> Reply.json(SLOW).trickled(TRICKLE));
        OutcomeUnknownException e;
        long start = System.nanoTime();
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .requestTimeout(Duration.ofSeconds(1)).build()) {
            e = assertThrows(OutcomeUnknownException.class, () -> exo.invoke(
                    CmdletRequest.of("Set-Mailbox").param("Identity", "vasil").param("DisplayName", "V")));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(LIMIT) < 0, "took " + took);
        assertTrue(e.getMessage().contains("no complete answer within PT1S"), e.getMessage());
        assertTrue(e.getMessage().contains("not retried because Set-Mailbox is not idempotent"), e.getMessage());
        assertEquals(1, server.requests().size(), "the request was sent: never repeated");
    }

    @Test
    void aReadThatStallsOnceIsRetriedAndSucceeds() {
        server.enqueue(Reply.json(SLOW).trickled(TRICKLE), Reply.json(OK));
        long start = System.nanoTime();
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .requestTimeout(Duration.ofSeconds(1)).build()) {
            assertEquals(1, exo.invoke(CmdletRequest.of("Get-Mailbox")).rows().size());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(LIMIT) < 0, "took " + took);
        assertEquals(2, server.requests().size());
        assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps(), "the first backoff, on the fake clock");
    }

    @Test
    void theOverallTimeoutBoundsAStalledBody() {
        server.handler(r -> Reply.json(SLOW).trickled(TRICKLE));
        InvocationTimeoutException e;
        long start = System.nanoTime();
        // the real clock: the budget is spent waiting for the body (the request timeout is the 960 s default)
        try (ExchangeClient exo = ExchangeClient.builder().tenant(Clients.TENANT).endpoint(server.base())
                .tokenProvider(Tokens.appOnly()).retryPolicy(RetryPolicy.builder().jitter(0).build())
                .overallTimeout(Duration.ofSeconds(2)).build()) {
            e = assertThrows(InvocationTimeoutException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(LIMIT) < 0, "took " + took);
        assertTrue(e.getMessage().contains("overall timeout PT2S exceeded; last error: no complete answer within"),
                e.getMessage());
        assertEquals(1, server.requests().size(), "no time left for a second attempt after the 2 s backoff");
    }
}
