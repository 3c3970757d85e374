package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static dev.exobindings.runtime.testing.Clients.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.exobindings.runtime.auth.AuthenticationFailedException;
import dev.exobindings.runtime.error.AuthException;
import dev.exobindings.runtime.error.AuthenticationException;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A request is copied when handed to the client; the two auth failures share one parent. */
class FrozenRequestTest {
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBuilderChangedAfterAnAsyncCallDoesNotChangeWhatThatCallSends() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        server.handler(r -> {
            try {
                hold.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.json(page(rows("a", 1), null));
        });
        List<String> addresses = new ArrayList<>(List.of("smtp:a@contoso.com"));
        DynamicCmdletRequest template = CmdletRequest.of("Set-Mailbox").param("Identity", "first")
                .param("EmailAddresses", addresses);
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            CompletableFuture<InvokeResult> first = exo.invokeAsync(template);
            template.param("Identity", "second"); // reused as a template while the first call runs
            addresses.add("smtp:b@contoso.com");
            hold.countDown();
            first.join();
            exo.invoke(template);
        }
        var sent = server.requests();
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Set-Mailbox\",\"Parameters\":{\"Identity\":\"first\","
                + "\"EmailAddresses\":[\"smtp:a@contoso.com\"],\"Confirm\":false}}}", sent.get(0).text());
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Set-Mailbox\",\"Parameters\":{\"Identity\":\"second\","
                + "\"EmailAddresses\":[\"smtp:a@contoso.com\",\"smtp:b@contoso.com\"],\"Confirm\":false}}}", sent.get(1).text());
    }

    @Test
    void batchResultsCarryTheCallersOwnRequests() {
        server.handler(r -> Reply.json("{\"responses\":[{\"id\":\"0\",\"status\":200,\"body\":{\"value\":[]}}]}"));
        DynamicCmdletRequest request = CmdletRequest.of("Get-User").param("Identity", "x");
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertSame(request, exo.invokeAll(List.of(request)).get(0).request());
            assertSame(request, exo.invokeAllAsync(List.of(request)).join().get(0).request());
        }
    }

    @Test
    void signInAndServiceAuthFailuresShareOneParent() {
        server.handler(r -> Reply.json(401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"no\"}}"));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build();
             ExchangeClient broken = Clients.builder(server, time, Tokens.appOnly()).tokenProvider(r -> {
                 throw new AuthenticationFailedException("sign-in failed: check the app id");
             }).build()) {
            AuthException service = org.junit.jupiter.api.Assertions.assertThrows(AuthException.class,
                    () -> exo.invoke(CmdletRequest.of("Get-User")));
            assertInstanceOf(AuthenticationException.class, service);
            AuthException signIn = org.junit.jupiter.api.Assertions.assertThrows(AuthException.class,
                    () -> broken.invoke(CmdletRequest.of("Get-User")));
            assertInstanceOf(AuthenticationFailedException.class, signIn);
            assertEquals("sign-in failed: check the app id", signIn.getMessage());
            BatchItemResult item = broken.invokeAll(List.of(CmdletRequest.of("Get-User"))).get(0);
            assertInstanceOf(AuthenticationFailedException.class, item.failure(), "an item failure, not thrown");
        }
    }
}
