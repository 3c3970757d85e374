package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.auth.TokenProvider;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.RedirectRefusedException;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that echoes the exact token it received, in shapes the redactor cannot recognise (an opaque token, a
 * percent-encoded one in a {@code Location}), still gets it into no message, warning, result or trace log.
 */
class TokenEchoTest {
    private static final Path TRACE_LOG = Path.of("target", "runtime-test-trace.log");
    /** Not a JWT and without "Bearer " in front where it is echoed: no shape gives it away. */
    private static final String OPAQUE = "OPAQUE-SECRET-7f3c9a1b5d2e4f60";
    private static final TokenProvider OPAQUE_TOKENS = request -> new AccessToken(OPAQUE, Instant.parse("2099-01-01T00:00:00Z"));
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anOpaqueTokenEchoedInAnErrorAWarningAndARowIsRemoved() throws Exception {
        List<String> seen = new ArrayList<>();
        server.enqueue(Reply.json(page("{\"Echo\":\"" + OPAQUE + "\"}", null, "token was " + OPAQUE)),
                Reply.json(401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"token " + OPAQUE + " refused\"}}"),
                Reply.json(401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"token " + OPAQUE + " refused\"}}"));
        try (ExchangeClient exo = Clients.builder(server, time, OPAQUE_TOKENS).build()) {
            InvokeResult result = exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "a"));
            seen.add(result.toString());
            seen.addAll(result.warnings());
            seen.add(result.rows().toString());
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "b")));
            seen.add(e.getMessage());
            seen.add(e.toString());
            assertTrue(e.getMessage().contains("refused"), e.getMessage());
        }
        assertTrue(seen.get(1).contains("token was <redacted>"), seen.get(1));
        for (String s : seen) {
            assertFalse(s.contains(OPAQUE), s);
        }
        assertFalse(Files.readString(TRACE_LOG, StandardCharsets.UTF_8).contains(OPAQUE), "the trace log");
    }

    /** JSON lets a server write any character as a backslash-u escape; a parser reading the answer undoes it. */
    @Test
    void aTokenWrittenWithJsonEscapesInAnErrorAndAWarningIsRemoved() throws Exception {
        Tokens tokens = Tokens.appOnly();
        String escaped = tokens.current().replace("e", "\\u0065").replace(".", "\\u002e");
        server.enqueue(Reply.json(page("{\"Name\":\"a\"}", null, "token was " + escaped)),
                Reply.json(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"token " + escaped + " refused\"}}"));
        List<String> seen = new ArrayList<>();
        try (ExchangeClient exo = Clients.builder(server, time, tokens).build()) {
            InvokeResult result = exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "a"));
            seen.add(result.toString());
            seen.addAll(result.warnings());
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "b")));
            seen.add(e.serviceMessage());
            seen.add(e.getMessage());
        }
        assertEquals("token was <redacted>", seen.get(1));
        assertEquals("token <redacted> refused", seen.get(2));
        String log = Files.readString(TRACE_LOG, StandardCharsets.UTF_8);
        for (String s : seen) {
            assertFalse(s.contains(tokens.current()), s);
        }
        assertFalse(log.contains(escaped), "the trace log");
    }

    /** An opaque token with a '/' written as JSON's escaped slash is removed; escaped text that is not it stays. */
    @Test
    void anEscapedSlashInsideTheTokenIsMatchedAndOtherEscapedTextIsKept() {
        String token = "OPAQUE/SECRET/7f3c9a1b5d2e4f60";
        TokenProvider tokens = request -> new AccessToken(token, Instant.parse("2099-01-01T00:00:00Z"));
        server.enqueue(Reply.json(page("{\"Name\":\"a\"}", null, "was OPAQUE\\/SECRET\\/7f3c9a1b5d2e4f60",
                "path C:\\\\x and OPAQUE\\u002fSECRET\\u002f0000 \\u0041")));
        List<String> warnings;
        try (ExchangeClient exo = Clients.builder(server, time, tokens).build()) {
            warnings = exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "a")).warnings();
        }
        assertEquals(List.of("was <redacted>", "path C:\\x and OPAQUE/SECRET/0000 A"), warnings);
    }

    @Test
    void aTokenPercentEncodedInARedirectsLocationIsRemoved() throws Exception {
        Tokens tokens = Tokens.appOnly();
        String encoded = tokens.current().replace(".", "%2E");
        server.enqueue(Reply.empty(307).header("Location", "http://localhost:1/steal?t=" + encoded));
        RedirectRefusedException e;
        try (ExchangeClient exo = Clients.builder(server, time, tokens).build()) {
            e = assertThrows(RedirectRefusedException.class,
                    () -> exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "a")));
        }
        assertFalse(e.getMessage().contains(encoded), e.getMessage());
        assertTrue(e.getMessage().contains("<redacted>"), e.getMessage());
        assertFalse(Files.readString(TRACE_LOG, StandardCharsets.UTF_8).contains(encoded), "the trace log");
    }

    @Test
    void aTokenPercentEncodedInABodyIsRemovedFromTheTraceLogAndTheMessages() throws Exception {
        Tokens tokens = Tokens.appOnly();
        String encoded = tokens.current().replace(".", "%2E").replace("c", "%63");
        server.enqueue(Reply.json("{\"@odata.nextLink\":\"http://localhost:1/x?t=" + encoded + "\",\"value\":[]}"));
        ExchangeException e;
        try (ExchangeClient exo = Clients.builder(server, time, tokens).build()) {
            e = assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")
                    .param("ResultSize", "Unlimited")));
        }
        assertFalse(e.getMessage().contains(encoded), e.getMessage());
        String log = Files.readString(TRACE_LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains("localhost:1/x?t=<redacted>"), "the body is logged, the token removed");
        assertFalse(log.contains(encoded), "the trace log");
    }
}
