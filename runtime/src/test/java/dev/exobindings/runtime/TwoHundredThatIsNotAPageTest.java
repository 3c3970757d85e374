package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static dev.exobindings.runtime.testing.Clients.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.PagingException;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 2xx is a success only when its body is one page object without {@code error} (protocol reference §(d)): a
 * gateway's text, a bare JSON value, an object with a proxy's page after it, or the service's error object under a
 * 200 is reported, never counted as a cmdlet that ran and returned nothing.
 */
class TwoHundredThatIsNotAPageTest {
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"500 Internal Server Error", "\"Error executing cmdlet\"", "[\"error\"]", "null",
        "{\"value\":[]}<html>502 Bad Gateway</html>", "{\"value\":[]} {\"value\":[]}"})
    void aBodyThatIsNotOnePageObjectIsUnreadableNotAnEmptySuccess(String body) {
        server.handler(r -> Reply.json(body));
        ExchangeException e;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            e = assertThrows(ExchangeException.class,
                    () -> exo.invoke(CmdletRequest.of("Set-Mailbox").param("Identity", "a").param("Office", "b")));
        }
        assertEquals("UnreadableResponse", e.errorCode(), e.getMessage());
        assertEquals(200, e.httpStatus());
        assertFalse(e.outcomeUnknown(), "a 200 says the cmdlet ran; its answer is what is broken");
        assertEquals(1, server.requests().size(), "the same answer would come again: not repeated");
    }

    @Test
    void theServicesErrorObjectUnderA200IsItsFailure() {
        server.handler(r -> Reply.json("{\"error\":{\"code\":\"BadRequest\",\"message\":\"Error executing cmdlet\","
                + "\"details\":[{\"code\":\"Context\",\"target\":\"\",\"message\":\"Ex6F9304|Microsoft.Exchange."
                + "Configuration.Tasks.ManagementObjectNotFoundException|Couldn't find object \\\"zz\\\".\"}]}}"));
        ExchangeException e;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            e = assertThrows(ExchangeException.class,
                    () -> exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "zz")));
        }
        assertTrue(e.getMessage().contains("Couldn't find object \"zz\""), e.getMessage());
        assertEquals(200, e.httpStatus());
    }

    @Test
    void aNextLinkThatIsNotAStringIsRefusedNotReadAsTheEnd() {
        server.handler(r -> Reply.json("{\"value\":[" + rows("m", 1) + "],\"@odata.nextLink\":{\"u\":\""
                + server.invokeUrl("?p=2") + "\"}}"));
        PagingException e;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            e = assertThrows(PagingException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")
                    .param("ResultSize", "Unlimited")));
        }
        assertTrue(e.getMessage().contains("@odata.nextLink is not a valid URL"), e.getMessage());
        assertEquals(1, server.requests().size());
    }

    @Test
    void anEmptyBodyIsStillACmdletWithoutOutput() {
        server.handler(r -> Reply.json(""));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertEquals(0, exo.invoke(CmdletRequest.of("Set-Mailbox").param("Identity", "a")).rows().size());
        }
        server.handler(r -> Reply.json(page("", null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertEquals(0, exo.invoke(CmdletRequest.of("Set-Mailbox").param("Identity", "a")).rows().size());
        }
    }
}
