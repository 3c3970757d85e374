package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.event.BatchEvent;
import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.event.RequestEvent;
import dev.exobindings.runtime.event.RetryEvent;
import dev.exobindings.runtime.event.WarningEvent;
import dev.exobindings.runtime.http.JwtClaims;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResultMetadataTest {
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void resultCarriesIdsBackendWarningsAndNonTerminatingErrors() {
        server.enqueue(Reply.json("{\"@adminapi.warnings\":[\"w1\"],\"@adminapi.errors\":[\"e1\"],\"value\":[{\"Name\":\"a\"}]}")
                .header("request-id", "srv-42").header("X-CalculatedBETarget", "AM0PR01MB1234.eurprd01.prod.outlook.com"));
        InvokeResult r;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            r = exo.invoke(CmdletRequest.of("Get-Mailbox"));
        }
        assertEquals("srv-42", r.serverRequestId());
        assertEquals("AM0PR01MB1234.eurprd01.prod.outlook.com", r.backendServer());
        assertEquals(server.requests().get(0).header("client-request-id"), r.requestId());
        assertEquals(List.of("w1"), r.warnings());
        assertEquals(List.of("e1"), r.errors());
        assertEquals(1, r.pagesFetched());
        assertTrue(r.executed());
    }

    @Test
    void cmdletsWithoutOutputSucceedWithAnEmptyBody() {
        server.enqueue(Reply.empty(200));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertEquals(0, exo.invoke(CmdletRequest.of("Add-DistributionGroupMember").param("Identity", "g")
                    .param("Member", "u")).rows().size());
        }
    }

    @Test
    void listenerSeesRequestsRetriesWarningsAndBatches() {
        server.enqueue(Reply.empty(503), Reply.json(page("{\"Name\":\"a\"}", null, "careful")),
                Reply.json("{\"responses\":[{\"id\":\"0\",\"status\":200,\"body\":{\"value\":[]}}]}"));
        List<Object> events = new ArrayList<>();
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).listener(new ExchangeEventListener() {
            @Override
            public void onRequest(RequestEvent event) {
                events.add(event);
            }

            @Override
            public void onRetry(RetryEvent event) {
                events.add(event);
            }

            @Override
            public void onWarning(WarningEvent event) {
                events.add(event);
            }

            @Override
            public void onBatch(BatchEvent event) {
                events.add(event);
            }
        }).build()) {
            exo.invoke(CmdletRequest.of("Get-Mailbox"));
            exo.invokeAll(List.of(CmdletRequest.of("Get-User")));
        }
        RequestEvent first = (RequestEvent) events.get(0);
        assertEquals(503, first.status());
        assertEquals(1, first.attempt());
        RetryEvent retry = (RetryEvent) events.get(1);
        assertEquals(1, retry.retry());
        assertEquals(Duration.ofSeconds(2), retry.delay());
        assertEquals("HTTP 503", retry.reason());
        assertEquals(2, ((RequestEvent) events.get(2)).attempt());
        assertEquals("careful", ((WarningEvent) events.get(3)).message());
        assertEquals("$batch", ((RequestEvent) events.get(4)).cmdlet());
        BatchEvent batch = (BatchEvent) events.get(5);
        assertEquals(1, batch.size());
        assertEquals(0, batch.failed());
    }

    @Test
    void jwtClaimsAreReadWithoutVerification() {
        String jwt = Tokens.jwt("ädmin@contoso.com");
        assertEquals(Optional.of("ädmin@contoso.com"), JwtClaims.claim(jwt, "upn"));
        assertEquals(Optional.empty(), JwtClaims.claim(jwt, "oid"));
        assertEquals(Optional.empty(), JwtClaims.claim("opaque-token", "upn"));
        assertEquals(Optional.empty(), JwtClaims.claim("a.%%%.c", "upn"));
    }

    @Test
    void opaqueTokensFallBackToTheAppAnchor() {
        server.enqueue(Reply.json(page("", null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .tokenProvider(req -> new AccessToken("opaque", Instant.MAX)).build()) {
            exo.invoke(CmdletRequest.of("Get-Mailbox"));
        }
        assertEquals("APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com",
                server.requests().get(0).header("X-AnchorMailbox"));
    }
}
