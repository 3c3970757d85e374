package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.OutcomeUnknownException;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code $batch} sub-responses that do not say plainly what happened to their request. Item 0 is a read
 * (Get-Mailbox), item 1 a write (Set-Mailbox); every item gets exactly one result. A read without a usable answer
 * is run again directly; a write whose answer may mean it ran is {@link OutcomeUnknownException}, as the same
 * answer to a direct call would be.
 */
class BatchSubResponseTest {
    private static final String DIRECT = page("{\"Via\":\"direct\"}", null);
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    /** The batch is answered with {@code responses}; a direct call with {@link #DIRECT}. */
    private List<BatchItemResult> run(String responses) {
        server.handler(r -> r.path().endsWith("/$batch") ? Reply.json("{\"responses\":[" + responses + "]}")
                : Reply.json(DIRECT));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            List<BatchItemResult> results = exo.invokeAll(List.of(CmdletRequest.of("Get-Mailbox").param("Identity", "a"),
                    CmdletRequest.of("Set-Mailbox").param("Identity", "b").param("Office", "c")));
            assertEquals(2, results.size());
            return results;
        }
    }

    private static String sub(String id, String statusMember, String body) {
        return "{\"id\":\"" + id + "\"" + statusMember + ",\"headers\":{},\"body\":" + body + "}";
    }

    private static final String ERROR = "{\"error\":{\"code\":\"GatewayTimeout\",\"message\":\"gateway gave up\"}}";

    @Test
    void aWriteWhoseSubResponseIs504MayHaveRun() {
        List<BatchItemResult> results = run(sub("0", ",\"status\":200", page("", null)) + ","
                + sub("1", ",\"status\":504", ERROR));
        OutcomeUnknownException e = assertInstanceOf(OutcomeUnknownException.class, results.get(1).failure());
        assertTrue(e.outcomeUnknown() && results.get(1).outcomeUnknown());
        assertTrue(e.getMessage().contains("HTTP 504") && e.getMessage().contains("gateway gave up"), e.getMessage());
        assertTrue(results.get(0).isSuccess());
        assertEquals(1, server.requests().size(), "the write is not sent again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",\"status\":\"abc\"", ",\"status\":0", ",\"status\":999", ",\"status\":null"})
    void anItemWithoutAnHttpStatusIsUnanswered(String status) {
        List<BatchItemResult> results = run(sub("0", status, page("", null)) + "," + sub("1", status, page("", null)));
        assertEquals("direct", results.get(0).result().rows().get(0).get("Via").asText(), "the read runs again");
        assertInstanceOf(OutcomeUnknownException.class, results.get(1).failure());
        assertTrue(results.get(1).failure().getMessage().contains("has no HTTP status"),
                results.get(1).failure().getMessage());
        assertEquals(2, server.requests().size(), "the batch and the read's direct call; the write is not repeated");
    }

    @Test
    void twoDifferentAnswersForOneRequestAreNeitherTrusted() {
        List<BatchItemResult> results = run(sub("0", ",\"status\":500", ERROR) + ","
                + sub("0", ",\"status\":200", page("{\"Via\":\"batch\"}", null)) + ","
                + sub("1", ",\"status\":200", page("", null)) + ","
                + sub("1", ",\"status\":400", ERROR));
        assertEquals("direct", results.get(0).result().rows().get(0).get("Via").asText());
        OutcomeUnknownException e = assertInstanceOf(OutcomeUnknownException.class, results.get(1).failure());
        assertTrue(e.getMessage().contains("sub-responses for this request (id 1) that disagree"), e.getMessage());
    }

    @Test
    void theSameAnswerTwiceIsThatAnswer() {
        String read = sub("0", ",\"status\":200", page("{\"Via\":\"batch\"}", null));
        List<BatchItemResult> results = run(read + "," + read + "," + sub("1", ",\"status\":200", page("", null)));
        assertEquals("batch", results.get(0).result().rows().get(0).get("Via").asText());
        assertTrue(results.get(1).isSuccess());
        assertEquals(1, server.requests().size());
    }

    @Test
    void a2xxSubResponseWithAnErrorOrAStringBodyIsTheItemsFailure() {
        List<BatchItemResult> results = run(sub("0", ",\"status\":200", "\"<html>oops</html>\"") + ","
                + sub("1", ",\"status\":200", "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Error executing "
                        + "cmdlet\",\"details\":[{\"message\":\"x|y|The Office is read-only.\"}]}}"));
        ExchangeException unreadable = results.get(0).failure();
        assertEquals("UnreadableResponse", unreadable.errorCode(), unreadable.getMessage());
        assertTrue(unreadable.getMessage().contains("a JSON string"), unreadable.getMessage());
        ExchangeException serviceError = results.get(1).failure();
        assertTrue(serviceError.getMessage().contains("The Office is read-only."), serviceError.getMessage());
        assertEquals(1, server.requests().size());
    }

    @Test
    void aNullBodyIsNoOutput() {
        List<BatchItemResult> results = run(sub("0", ",\"status\":200", "null") + ","
                + sub("1", ",\"status\":204", "null"));
        assertTrue(results.get(0).isSuccess() && results.get(0).result().rows().isEmpty());
        assertTrue(results.get(1).isSuccess());
    }

    @Test
    void aBatchAnswerWithMoreAfterItsJsonIsNotTrusted() {
        server.handler(r -> r.path().endsWith("/$batch") ? Reply.json("{\"responses\":[" + sub("0", ",\"status\":200",
                page("{\"Via\":\"batch\"}", null)) + "," + sub("1", ",\"status\":200", page("", null))
                + "]}<html>502 Bad Gateway</html>") : Reply.json(DIRECT));
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            results = exo.invokeAll(List.of(CmdletRequest.of("Get-Mailbox").param("Identity", "a"),
                    CmdletRequest.of("Set-Mailbox").param("Identity", "b").param("Office", "c")));
        }
        assertTrue(results.get(0).failure().getMessage().contains("is not the JSON document {\"responses\":[…]}"),
                results.get(0).failure().getMessage());
        assertInstanceOf(OutcomeUnknownException.class, results.get(1).failure());
    }
}
