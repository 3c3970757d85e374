package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.ObjectNotFoundException;
import dev.exobindings.runtime.retry.RetryPolicy;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WireEncodingTest {
    private static final String DEVICE = "Egor\\ExchangeActiveSyncDevices\\Hx§Outlook§419D2A3991784E4285";
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void nonAsciiIdentityArrivesAsUtf8() {
        server.enqueue(Reply.json(page("{\"Identity\":\"" + DEVICE.replace("\\", "\\\\") + "\",\"Name\":\"Grüße\"}", null)));
        InvokeResult r;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            r = exo.invoke(CmdletRequest.of("Get-MobileDeviceStatistics").param("Identity", DEVICE));
        }
        var req = server.requests().get(0);
        byte[] expected = ("{\"CmdletInput\":{\"CmdletName\":\"Get-MobileDeviceStatistics\",\"Parameters\":{\"Identity\":\""
                + DEVICE.replace("\\", "\\\\") + "\"}}}").getBytes(StandardCharsets.UTF_8);
        assertEquals(new String(expected, StandardCharsets.UTF_8), req.text());
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(req.body()),
                "§ travels as the UTF-8 bytes C2 A7");
        assertEquals("application/json; charset=utf-8", req.header("Content-Type"));
        assertEquals(DEVICE, req.json().path("CmdletInput").path("Parameters").path("Identity").asText());
        assertEquals(DEVICE, r.first().get("Identity").asText());
        assertEquals("Grüße", r.first().get("Name").asText());
    }

    @Test
    void gzipAnnouncedAndReal() {
        server.enqueue(Reply.json(page("{\"Name\":\"zipped\"}", null)).header("Content-Encoding", "gzip").gzipped());
        assertEquals("zipped", invokeName());
    }

    @Test
    void gzipWithoutSayingSo() {
        server.enqueue(Reply.json(page("{\"Name\":\"silent\"}", null)).gzipped());
        assertEquals("silent", invokeName());
    }

    @Test
    void saysGzipButIsPlain() {
        server.enqueue(Reply.json(page("{\"Name\":\"plain\"}", null)).header("Content-Encoding", "gzip"));
        assertEquals("plain", invokeName());
    }

    @Test
    void errorBodySaysGzipButIsPlain() {
        server.enqueue(Reply.json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"gone\"}}")
                .header("Content-Encoding", "gzip"));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).retryPolicy(RetryPolicy.none()).build()) {
            ExchangeException e = assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-User")));
            assertSame(ObjectNotFoundException.class, e.getClass());
            assertEquals("gone", e.serviceMessage());
        }
    }

    @Test
    void gzippedErrorBodyWithoutHeader() {
        server.enqueue(Reply.json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"zipped gone\"}}").gzipped());
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).retryPolicy(RetryPolicy.none()).build()) {
            ExchangeException e = assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-User")));
            assertEquals("zipped gone", e.serviceMessage());
        }
    }

    private String invokeName() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            return exo.invoke(CmdletRequest.of("Get-User")).first().get("Name").asText();
        }
    }
}
