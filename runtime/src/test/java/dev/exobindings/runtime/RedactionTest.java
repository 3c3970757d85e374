package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.log.Redactor;
import dev.exobindings.runtime.retry.RetryPolicy;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import dev.exobindings.runtime.value.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedactionTest {
    private static final Path TRACE_LOG = Path.of("target", "runtime-test-trace.log");
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void tokensNeverReachTraceLogsOrExceptionMessages() throws Exception {
        Tokens tokens = Tokens.delegated("admin@contoso.com");
        String token = tokens.current();
        List<String> messages = new ArrayList<>();
        // the service echoes the Authorization header back in an error, in a warning and in a row
        server.enqueue(Reply.json(page("{\"Echo\":\"Bearer " + token + "\"}", null, "seen " + token)),
                Reply.json(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"bad token Bearer " + token
                        + "\",\"details\":[{\"target\":\"" + token + "\",\"message\":\"x|T|raw " + token + "\"}]}}"),
                Reply.text(500, "text/plain", "Authorization: Bearer " + token));
        try (ExchangeClient exo = Clients.builder(server, time, tokens).retryPolicy(RetryPolicy.none())
                .secretEncoder(clear -> "ENCRYPTED").build()) {
            exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "a"));
            messages.add(assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox"))).getMessage());
            ExchangeException plain = assertThrows(ExchangeException.class,
                    () -> exo.invoke(CmdletRequest.of("Set-Mailbox").param("Password", Secret.of("hunter2"))));
            messages.add(plain.getMessage());
            messages.add(plain.toString());
            messages.add(exo.toString());
        }
        messages.add(new AccessToken(token, Instant.EPOCH).toString());
        for (String m : messages) {
            assertFalse(m.contains(token), m);
        }
        assertTrue(messages.get(0).contains("raw <redacted>"), messages.get(0));

        String log = Files.readString(TRACE_LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains("TRACE"), "the test runs with TRACE logging");
        assertTrue(log.contains("Authorization=Bearer <redacted>"), "headers are logged, redacted");
        assertTrue(log.contains("cmdlet=Set-Mailbox status=500"), "debug lines carry cmdlet and status");
        assertFalse(log.contains("hunter2"), "secret parameters are rendered redacted in logs");
        for (String issued : Tokens.ISSUED) {
            assertFalse(log.contains(issued), "a token leaked into the trace log");
        }
    }

    @Test
    void redactorRemovesTokenShapes() {
        String jwt = Tokens.jwt(null);
        assertFalse(Redactor.redact("x " + jwt + " y").contains(jwt));
        assertTrue(Redactor.redact("Authorization: Bearer abc.def").endsWith("Bearer <redacted>"));
        assertTrue(Redactor.redact("{\"access_token\":\"opaque\"}").contains("<redacted>"));
        assertTrue(Redactor.headerValue("Authorization", "Bearer opaque-token").equals("Bearer <redacted>"));
        assertTrue(Redactor.headerValue("X-CmdletName", "Get-Mailbox").equals("Get-Mailbox"));
    }
}
