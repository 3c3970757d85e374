package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static dev.exobindings.runtime.testing.Clients.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.OutcomeUnknownException;
import dev.exobindings.runtime.http.HttpSender;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile or broken answers. A 2xx body (or a gzip body once expanded) longer than the client's limit is not read; a
 * 2xx body that is not JSON or does not decompress fails as an {@link ExchangeException} with the status, never as a
 * bare I/O exception, and is not repeated. An error status with such a body is cut and handled by its status.
 */
class HostileResponseBodyTest {
    private static final int LIMIT = 4096;
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private ExchangeClient client(int limit) {
        return Clients.builder(server, time, Tokens.appOnly()).maxResponseBytes(limit).build();
    }

    @Test
    void aBodyOverTheLimitFailsWithItsStatusAndIsNotRepeated() {
        String big = page(rows("mailbox-", 400), null);
        assertTrue(big.length() > LIMIT);
        server.handler(r -> Reply.json(big));
        ExchangeException e;
        try (ExchangeClient exo = client(LIMIT)) {
            e = assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
        }
        assertEquals("ResponseTooLarge", e.errorCode());
        assertEquals(200, e.httpStatus());
        assertTrue(e.getMessage().contains("larger than 4096 bytes and was not read"), e.getMessage());
        assertEquals(1, server.requests().size(), "the same answer would come again: not retried");
    }

    @Test
    void aGzipBombIsStoppedAtTheLimitWithoutExpandingIt() throws IOException {
        // 64 MiB of zeros gzip to about 64 KB; this JVM runs with a 64 MB heap, so expanding it whole would fail.
        byte[] bomb = gzipOfZeros(64 << 20);
        assertTrue(bomb.length < 1 << 20, "compressed: " + bomb.length);
        server.handler(r -> new Reply(200, Map.of("Content-Type", "application/json"), bomb, false));
        ExchangeException e;
        try (ExchangeClient exo = client(1 << 20)) {
            e = assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
        }
        assertEquals("ResponseTooLarge", e.errorCode());
        assertTrue(e.getMessage().contains("once gunzipped, is larger than 1048576 bytes"), e.getMessage());
        assertEquals(1, server.requests().size());
    }

    @Test
    void aWriteWhoseAnswerIsTooLargeSaysItRanInsteadOfOutcomeUnknown() {
        server.handler(r -> Reply.json(page(rows("x", 400), null)));
        ExchangeException e;
        try (ExchangeClient exo = client(LIMIT)) {
            e = assertThrows(ExchangeException.class, () -> exo.invoke(
                    CmdletRequest.of("Set-Mailbox").param("Identity", "vasil").param("DisplayName", "V")));
        }
        assertFalse(e instanceof OutcomeUnknownException, "the status line arrived: " + e);
        assertEquals(200, e.httpStatus(), "200: the cmdlet ran");
        assertEquals(1, server.requests().size(), "a write is never repeated");
    }

    @Test
    void aBatchWhoseAnswerIsTooLargeFlagsItsWritesUnknownAndFailsItsReads() {
        server.handler(r -> Reply.json("{\"responses\":[" + "{\"id\":\"0\",\"status\":200,\"body\":{}},".repeat(200)
                + "{\"id\":\"1\",\"status\":200,\"body\":{}}]}"));
        List<BatchItemResult> results;
        try (ExchangeClient exo = client(LIMIT)) {
            results = exo.invokeAll(List.of(CmdletRequest.of("Set-User").param("Identity", "a"),
                    CmdletRequest.of("Get-User").param("Identity", "b")));
        }
        assertEquals(2, results.size(), "nothing dropped");
        assertTrue(results.get(0).outcomeUnknown(), "the batch ran (HTTP 200): the write may have been applied");
        assertInstanceOf(OutcomeUnknownException.class, results.get(0).failure());
        assertTrue(results.get(0).failure().getMessage().contains("whether Set-User, which is not idempotent, ran is "
                + "unknown"), results.get(0).failure().getMessage());
        assertFalse(results.get(1).isSuccess());
        assertFalse(results.get(1).outcomeUnknown(), "a read has no unknown outcome");
        assertEquals("ResponseTooLarge", results.get(1).failure().errorCode());
        assertEquals(1, server.requests().size());
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() throws IOException {
        String body = page(rows("m", 3), null);
        byte[] plain = body.getBytes(StandardCharsets.UTF_8);
        server.enqueue(Reply.json(body), Reply.json(body).gzipped());
        try (ExchangeClient exo = client(plain.length)) {
            assertEquals(3, exo.invoke(CmdletRequest.of("Get-Mailbox")).rows().size());
            assertEquals(3, exo.invoke(CmdletRequest.of("Get-Mailbox")).rows().size(), "gzip expanding to the limit");
        }
    }

    @Test
    void theLimitMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExchangeClient.builder().maxResponseBytes(0));
        assertEquals("maxResponseBytes must be >= 1, got 0", e.getMessage());
    }

    @Test
    void aSuccessBodyThatIsNotJsonSaysWhereItStopped() {
        // what a proxy or gateway in the way answers
        server.handler(r -> Reply.text(200, "text/html", "<html><body>Gateway</body></html>"));
        ExchangeException e;
        try (ExchangeClient exo = client(HttpSender.DEFAULT_MAX_RESPONSE_BYTES)) {
            e = assertThrows(ExchangeException.class, () -> exo.invoke(
                    CmdletRequest.of("Set-Mailbox").param("Identity", "vasil").param("DisplayName", "V")));
        }
        assertFalse(e instanceof OutcomeUnknownException, "the status line arrived: " + e);
        assertEquals("UnreadableResponse", e.errorCode());
        assertEquals(200, e.httpStatus());
        assertTrue(e.getMessage().startsWith("Set-Mailbox failed (HTTP 200 UnreadableResponse): the answer (HTTP 200, "
                + "33 bytes) from " + server.invokeUrl("") + " could not be read: Unexpected character ('<'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("(line 1, column 1)"), e.getMessage());
        assertEquals(1, server.requests().size());
    }

    @Test
    void aSuccessBodyNestedBeyondJacksonsDepthLimitIsAnUnreadableResponse() {
        server.handler(r -> Reply.json("{\"value\":[{\"Name\":" + "[".repeat(5000) + "]".repeat(5000) + "}]}"));
        ExchangeException e;
        try (ExchangeClient exo = client(HttpSender.DEFAULT_MAX_RESPONSE_BYTES)) {
            e = assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
        }
        assertEquals("UnreadableResponse", e.errorCode());
        assertTrue(e.getMessage().contains("Document nesting depth (1001) exceeds the maximum allowed"), e.getMessage());
    }

    @Test
    void aBodyThatStartsLikeGzipButIsNotIsAnUnreadableResponse() {
        byte[] broken = {(byte) 0x1f, (byte) 0x8b, 8, 0, 1, 2, 3};
        server.handler(r -> new Reply(200, Map.of("Content-Type", "application/json"), broken, false));
        ExchangeException e;
        try (ExchangeClient exo = client(HttpSender.DEFAULT_MAX_RESPONSE_BYTES)) {
            e = assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
        }
        assertEquals("UnreadableResponse", e.errorCode());
        assertTrue(e.getMessage().contains("starts like gzip but does not decompress"), e.getMessage());
    }

    // An error status's body only explains the status: one too large or not decompressing is cut (or dropped), and
    // the status decides as usual — 504 to a write is "outcome unknown", 503 to a read and 429 are retried.

    private static final String HUGE_GATEWAY_PAGE = "<html><body>" + "Gateway Timeout ".repeat(512) + "</body></html>";
    private static final Map<String, String> HTML = Map.of("Content-Type", "text/html");

    @Test
    void aGatewayTimeoutWithAnOversizedBodyToAWriteIsOutcomeUnknown() {
        server.handler(r -> Reply.text(504, "text/html", HUGE_GATEWAY_PAGE));
        OutcomeUnknownException e;
        try (ExchangeClient exo = client(1024)) {
            e = assertThrows(OutcomeUnknownException.class, () -> exo.invoke(
                    CmdletRequest.of("Set-Mailbox").param("Identity", "vasil").param("DisplayName", "V")));
        }
        assertEquals(504, e.httpStatus());
        assertTrue(e.getMessage().contains("Gateway Timeout"), e.getMessage());
        assertTrue(e.getMessage().contains("the body reached the 1024-byte limit (maxResponseBytes) and was read no "
                + "further"), e.getMessage());
        assertEquals(1, server.requests().size(), "a write is never repeated");
    }

    @Test
    void anOversizedServiceUnavailableToAReadIsRetried() throws IOException {
        String ok = page(rows("m", 3), null);
        // as received, and a gzip body that expands past the limit
        server.enqueue(Reply.text(503, "text/html", HUGE_GATEWAY_PAGE),
                new Reply(503, HTML, gzipOfZeros(1 << 20), false), Reply.json(ok));
        try (ExchangeClient exo = client(1024)) {
            assertEquals(3, exo.invoke(CmdletRequest.of("Get-Mailbox")).rows().size());
        }
        assertEquals(3, server.requests().size());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), time.sleeps(), "backoff as for any 503");
    }

    @Test
    void anOversizedThrottlingAnswerWaitsItsRetryAfterForAnyVerb() {
        server.enqueue(Reply.text(429, "text/html", HUGE_GATEWAY_PAGE).header("Retry-After", "7"),
                Reply.json(page(rows("m", 1), null)));
        try (ExchangeClient exo = client(1024)) {
            exo.invoke(CmdletRequest.of("Set-Mailbox").param("Identity", "vasil").param("DisplayName", "V"));
        }
        assertEquals(2, server.requests().size());
        assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
    }

    @Test
    void aGatewayTimeoutWithBrokenGzipToAWriteIsOutcomeUnknown() {
        byte[] broken = {(byte) 0x1f, (byte) 0x8b, 8, 0, 1, 2, 3};
        server.handler(r -> new Reply(504, HTML, broken, false));
        OutcomeUnknownException e;
        try (ExchangeClient exo = client(HttpSender.DEFAULT_MAX_RESPONSE_BYTES)) {
            e = assertThrows(OutcomeUnknownException.class, () -> exo.invoke(
                    CmdletRequest.of("Set-Mailbox").param("Identity", "vasil").param("DisplayName", "V")));
        }
        assertEquals(504, e.httpStatus());
        assertTrue(e.getMessage().contains("the body starts like gzip but does not decompress"), e.getMessage());
        assertEquals(1, server.requests().size());
    }

    private static byte[] gzipOfZeros(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 16];
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            for (int written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        }
        return out.toByteArray();
    }
}
