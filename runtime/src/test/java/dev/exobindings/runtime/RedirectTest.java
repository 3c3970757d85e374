package dev.exobindings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.log.Redactor;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 3xx to a host outside the service's never carries the bearer token there: the runtime does not follow it, and
 * it refuses a caller-owned HttpClient that would follow it on its own (the JDK's client resends every header).
 */
class RedirectTest {
    private final TestServer service = new TestServer();
    private final TestServer elsewhere = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        service.close();
        elsewhere.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aRedirectIsAnErrorWithItsStatusAndNothingReachesTheHostItNames(int status) {
        service.enqueue(Reply.empty(status).header("Location", elsewhere.invokeUrl("")));
        try (ExchangeClient exo = Clients.builder(service, time, Tokens.appOnly()).build()) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "vasil")));
            assertEquals(status, e.httpStatus(), e.getMessage());
            assertTrue(e.getMessage().contains("did not follow the " + status + " redirect"), e.getMessage());
            assertTrue(e.getMessage().contains("the token was not sent there"), e.getMessage());
        }
        assertEquals(1, service.requests().size());
        assertEquals(0, elsewhere.requests().size(), "the token went to the redirect's host");
    }

    @ParameterizedTest
    @EnumSource(value = HttpClient.Redirect.class, names = {"NORMAL", "ALWAYS"})
    void aCallerOwnedHttpClientThatFollowsRedirectsIsRefusedWithTheFix(HttpClient.Redirect redirect) {
        HttpClient follows = HttpClient.newBuilder().followRedirects(redirect).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExchangeClient.builder().httpClient(follows));
        assertTrue(e.getMessage().contains("carry the access token"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix: build it with .followRedirects(HttpClient.Redirect.NEVER)"),
                e.getMessage());
        ExchangeClient.builder().httpClient(HttpClient.newHttpClient());
        assertFalse(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("bearer"));
        assertEquals(e.getMessage(), Redactor.redact(e.getMessage()), "nothing in it reads as a token");
    }
}
