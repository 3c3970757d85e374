package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static dev.exobindings.runtime.testing.Clients.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.InvocationTimeoutException;
import dev.exobindings.runtime.error.OutcomeUnknownException;
import dev.exobindings.runtime.error.ThrottledException;
import dev.exobindings.runtime.error.TransientServiceException;
import dev.exobindings.runtime.retry.RetryPolicy;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retry-After cap, default budget, transient reads, "outcome unknown" writes, unreadable $batch answers. */
class FailureOutcomeTest {
    private static final String OK = page(rows("a", 1), null);
    private static final String AD_TRANSIENT = "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"x\","
            + "\"innererror\":{\"message\":\"Active Directory operation failed\","
            + "\"type\":\"Microsoft.Exchange.Data.Directory.ADTransientException\"}}}";
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRetryAfterBeyondTheCapFailsAtOnceCarryingTheServersValue() {
        server.handler(r -> Reply.empty(429).header("Retry-After", "86400"));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            ThrottledException e = assertThrows(ThrottledException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
            assertEquals(Duration.ofDays(1), e.retryAfter().orElseThrow());
            assertTrue(e.getMessage().contains("Retry-After: 86400"), e.getMessage());
            assertTrue(e.getMessage().contains("maxRetryAfter PT2M"), e.getMessage());
        }
        assertEquals(List.of(), time.sleeps(), "no sleep at all");
        assertEquals(1, server.requests().size());
    }

    @Test
    void theCapIsConfigurable() {
        server.enqueue(Reply.empty(429).header("Retry-After", "600"), Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .retryPolicy(RetryPolicy.builder().maxRetryAfter(Duration.ofMinutes(15)).build()).build()) {
            assertEquals(1, exo.invoke(CmdletRequest.of("Get-Mailbox")).rows().size());
        }
        assertEquals(List.of(Duration.ofMinutes(10)), time.sleeps());
    }

    @Test
    void throttlingToTheLastRetryCarriesTheLastRetryAfter() {
        server.handler(r -> Reply.empty(429).header("Retry-After", "3"));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .retryPolicy(RetryPolicy.builder().maxRetries(2).build()).build()) {
            ThrottledException e = assertThrows(ThrottledException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
            assertEquals(Duration.ofSeconds(3), e.retryAfter().orElseThrow());
        }
        assertEquals(3, server.requests().size());
    }

    @Test
    void everyInvocationHasADefaultOverallBudget() {
        server.handler(r -> Reply.json(503, "{}"));
        RetryPolicy patient = RetryPolicy.builder().maxRetries(1000).baseDelay(Duration.ofMinutes(1))
                .maxDelay(Duration.ofMinutes(1)).jitter(0).build();
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).retryPolicy(patient).build()) {
            InvocationTimeoutException e = assertThrows(InvocationTimeoutException.class,
                    () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
            assertTrue(e.getMessage().contains("overall timeout"), e.getMessage());
        }
        Duration budget = Timeouts.DEFAULT_CMDLET.plus(Timeouts.DEFAULT_RETRY_ALLOWANCE);
        assertTrue(time.slept().compareTo(budget) <= 0, "slept " + time.slept());
        assertTrue(time.slept().compareTo(budget.minusMinutes(1)) >= 0, "slept " + time.slept());
        assertEquals(Duration.ofMinutes(26), budget);
    }

    @Test
    void readsRetryA500WhoseExceptionIsTransientByName() {
        server.enqueue(Reply.json(500, AD_TRANSIENT), Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertEquals(1, exo.invoke(CmdletRequest.of("Get-Mailbox")).rows().size());
        }
        assertEquals(2, server.requests().size());
    }

    @Test
    void writesDoNotRetryA500TransientByName() {
        server.handler(r -> Reply.json(500, AD_TRANSIENT));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> exo.invoke(CmdletRequest.of("Set-Mailbox").param("Identity", "x")));
            // a 500 says the service failed, not that the cmdlet did not run: it may have changed something first
            assertSame(OutcomeUnknownException.class, e.getClass());
            assertTrue(e.outcomeUnknown());
            assertEquals(500, e.httpStatus());
        }
        assertEquals(1, server.requests().size());
    }

    @Test
    void aResetWriteIsReportedAsOutcomeUnknownAndNotRetried() {
        server.handler(r -> Reply.reset());
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class,
                    () -> exo.invoke(CmdletRequest.of("Set-Mailbox").param("Identity", "x")));
            assertTrue(e.outcomeUnknown());
            assertTrue(e.getMessage().contains("not retried because Set-Mailbox is not idempotent"), e.getMessage());
            CompletionException async = assertThrows(CompletionException.class,
                    () -> exo.invokeAsync(CmdletRequest.of("New-Mailbox").param("Name", "x")).join());
            assertInstanceOf(OutcomeUnknownException.class, async.getCause());
        }
        assertEquals(2, server.requests().size(), "one attempt each");
    }

    @Test
    void aResetReadIsRetriedAndAFinalReadFailureIsNotUnknown() {
        server.enqueue(Reply.reset(), Reply.json(OK));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertEquals(1, exo.invoke(CmdletRequest.of("Get-Mailbox")).rows().size());
            server.handler(r -> Reply.reset());
            ExchangeException e = assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-User")));
            assertSame(TransientServiceException.class, e.getClass());
            assertFalse(e.outcomeUnknown());
        }
    }

    @Test
    void aResetBatchFlagsItsWritesUnknownAndRunsItsReadsAgainDirectly() {
        server.handler(r -> r.path().endsWith("/$batch") ? Reply.reset() : Reply.json(OK));
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            results = exo.invokeAll(List.of(CmdletRequest.of("Set-User").param("Identity", "a"),
                    CmdletRequest.of("Get-User").param("Identity", "b")));
        }
        assertTrue(results.get(0).outcomeUnknown());
        assertInstanceOf(OutcomeUnknownException.class, results.get(0).failure());
        assertTrue(results.get(0).failure().getMessage().contains("Set-User, which is not idempotent"),
                results.get(0).failure().getMessage());
        assertTrue(results.get(1).isSuccess(), "the read was run again alone");
        assertEquals(2, server.requests().size(), "the batch once, then the read directly");
    }

    @Test
    void aBatchAnswerWithoutAnItemsSubResponseRunsTheReadAgainAndFlagsTheWriteUnknown() {
        // the answer covers only the last of the three requests (id 2)
        String partial = "{\"responses\":[{\"id\":\"2\",\"status\":200,\"headers\":{},\"body\":" + OK + "}]}";
        server.handler(r -> r.path().endsWith("/$batch") ? Reply.json(partial) : Reply.json(OK));
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            results = exo.invokeAll(List.of(CmdletRequest.of("Set-User").param("Identity", "a"),
                    CmdletRequest.of("Get-User").param("Identity", "b"), CmdletRequest.of("Get-User").param("Identity", "c")));
        }
        assertEquals(3, results.size(), "nothing dropped");
        assertTrue(results.get(0).outcomeUnknown());
        assertInstanceOf(OutcomeUnknownException.class, results.get(0).failure());
        assertTrue(results.get(0).failure().getMessage().contains("no sub-response for this request (id 0), so whether "
                + "Set-User, which is not idempotent, ran is unknown"), results.get(0).failure().getMessage());
        assertTrue(results.get(1).isSuccess(), "the read was run again alone");
        assertTrue(results.get(2).isSuccess());
        assertEquals(2, server.requests().size(), "the batch once, then the unanswered read directly");
        assertEquals("b", server.requests().get(1).json().path("CmdletInput").path("Parameters").path("Identity")
                .asText());
    }

    @Test
    void aNonJsonBatchAnswerIsOneClearErrorForEveryItem() {
        server.handler(r -> Reply.text(200, "text/html", "<html><body>Service Unavailable</body></html>"));
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            results = exo.invokeAll(List.of(CmdletRequest.of("Set-User").param("Identity", "a"),
                    CmdletRequest.of("Get-User").param("Identity", "b")));
        }
        assertEquals(2, results.size());
        for (BatchItemResult r : results) {
            assertFalse(r.isSuccess());
            assertTrue(r.failure().getMessage().contains("is not the JSON document {\"responses\":[…]}; it starts with "
                    + "'<html><body>Service Unavailable"), r.failure().getMessage());
        }
        assertTrue(results.get(0).outcomeUnknown(), "the write may have run");
        assertFalse(results.get(1).outcomeUnknown());
    }
}
