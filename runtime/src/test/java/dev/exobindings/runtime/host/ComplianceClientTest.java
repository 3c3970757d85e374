package dev.exobindings.runtime.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.BatchItemResult;
import dev.exobindings.runtime.CmdletRequest;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.ExchangeClientBuilder;
import dev.exobindings.runtime.InvokeResult;
import dev.exobindings.runtime.cloud.Service;
import dev.exobindings.runtime.error.HostDiscoveryException;
import dev.exobindings.runtime.error.PagingException;
import dev.exobindings.runtime.error.RedirectRefusedException;
import dev.exobindings.runtime.retry.RetryPolicy;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Recorded;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Security &amp; Compliance over loopback stand-ins: a front door that redirects (port 446, as observed), two
 * regional hosts, and a trap that must never see a request.
 */
class ComplianceClientTest {
    private static final String MODULE_PATH = "/AdminApi/v1.0/contoso.onmicrosoft.com/EXOModuleFile";
    private final TestServer frontDoor = new TestServer();
    private final TestServer regional = new TestServer().handler(r -> Reply.json(Clients.page(Clients.rows("s", 2), null)));
    private final TestServer otherRegion = new TestServer().handler(r -> Reply.json(Clients.page(Clients.rows("o", 1), null)));
    private final TestServer trap = new TestServer().handler(r -> Reply.json(Clients.page("", null)));
    private final Tokens tokens = Tokens.appOnly();

    @AfterEach
    void stop() {
        List.of(frontDoor, regional, otherRegion, trap).forEach(TestServer::close);
    }

    private void redirectBootstrap() {
        frontDoor.handler(r -> Reply.empty(302).header("Location", "http://127.0.0.1:446" + MODULE_PATH));
    }

    private ExchangeClientBuilder client() {
        return ExchangeClient.builder().tenant(Clients.TENANT).service(Service.SECURITY_COMPLIANCE)
                .regionalHosts(RegionalHostRules.loopback(frontDoor.base(), 446, regional.base().getPort(),
                        otherRegion.base().getPort()))
                .tokenProvider(tokens).retryPolicy(RetryPolicy.builder().maxRetries(0).build());
    }

    private static String token(Recorded r) {
        return r.header("authorization");
    }

    @Test
    void discoversOncePinsTheRegionalHostAndUsesTheComplianceScopeAndAnchor() {
        redirectBootstrap();
        try (ExchangeClient scc = client().build()) {
            assertTrue(scc.toString().contains("discovered on first call"), scc.toString());
            InvokeResult first = scc.invoke(CmdletRequest.of("Get-ComplianceSearch"));
            scc.invoke(CmdletRequest.of("Get-DlpCompliancePolicy"));
            assertEquals(2, first.rows().size());
            assertTrue(scc.toString().contains(regional.base().toString()), scc.toString());
        }
        assertEquals(1, frontDoor.requests().size(), "one bootstrap");
        Recorded bootstrap = frontDoor.requests().get(0);
        assertEquals("GET", bootstrap.method());
        assertEquals(MODULE_PATH, bootstrap.path());
        assertEquals("Bearer " + tokens.current(), token(bootstrap));
        assertEquals(2, regional.requests().size());
        Recorded call = regional.requests().get(0);
        assertEquals("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand", call.path());
        assertEquals("UPN:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com",
                call.header("x-anchormailbox"));
        assertTrue(tokens.requests().stream().allMatch(t -> t.scope()
                .equals("https://ps.compliance.protection.outlook.com/.default")), tokens.requests().toString());
    }

    @Test
    void sixteenConcurrentFirstCallsShareOneDiscovery() throws Exception {
        frontDoor.handler(r -> {
            sleep(300); // keep the bootstrap in flight while the other calls arrive
            return Reply.empty(302).header("Location", "http://127.0.0.1:446" + MODULE_PATH);
        });
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (ExchangeClient scc = client().maxConcurrency(16).build()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<InvokeResult>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return scc.invoke(CmdletRequest.of("Get-Label"));
                }));
            }
            start.countDown();
            for (Future<InvokeResult> f : calls) {
                assertEquals(2, f.get().rows().size());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, frontDoor.requests().size());
        assertEquals(16, regional.requests().size());
    }

    @Test
    void theAffinityCookieGoesBackToThePinnedHostOnly() {
        redirectBootstrap();
        regional.enqueue(Reply.json(Clients.page("", null)).header("Set-Cookie", "affinity=r1; Path=/; HttpOnly"),
                Reply.json(Clients.page("", null)),
                Reply.empty(307).header("Location", otherRegion.base() + "/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand"));
        try (ExchangeClient scc = client().build()) {
            scc.invoke(CmdletRequest.of("Get-Label"));
            scc.invoke(CmdletRequest.of("Get-Label"));
            InvokeResult moved = scc.invoke(CmdletRequest.of("Get-Label"));
            assertEquals(1, moved.rows().size(), "the redirect mid-session was followed");
        }
        assertNull(frontDoor.requests().get(0).header("cookie"));
        assertNull(regional.requests().get(0).header("cookie"));
        assertEquals("affinity=r1", regional.requests().get(1).header("cookie"));
        Recorded followed = otherRegion.requests().get(0);
        assertEquals("Bearer " + tokens.current(), token(followed), "the token is re-sent inside the family");
        assertNull(followed.header("cookie"), "the cookie stays with the pinned host");
        assertEquals(regional.requests().get(2).text(), followed.text(), "the same POST body");
    }

    @Test
    void aRedirectToAPortOutsideTheRulesIsRefusedAndTheTokenNeverSent() {
        redirectBootstrap();
        regional.enqueue(Reply.empty(307).header("Location", trap.base() + "/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand"),
                Reply.empty(302).header("Location", "https://evil.example/adminapi/beta/x/InvokeCommand"),
                Reply.empty(308).header("Location", "http://10.1.2.3:" + regional.base().getPort() + "/x"));
        try (ExchangeClient scc = client().build()) {
            for (String expected : new String[] {trap.base().toString(), "https://evil.example", "http://10.1.2.3"}) {
                RedirectRefusedException e = assertThrows(RedirectRefusedException.class,
                        () -> scc.invoke(CmdletRequest.of("Get-ComplianceSearch")));
                assertTrue(e.getMessage().contains(expected), e.getMessage());
                assertFalse(e.getMessage().contains(tokens.current()));
            }
        }
        assertTrue(trap.requests().isEmpty(), "the trap saw nothing");
    }

    @Test
    void aNextLinkToAnotherHostIsNotCalled() {
        redirectBootstrap();
        regional.enqueue(Reply.json(Clients.page(Clients.rows("a", 1), trap.base()
                + "/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?$skiptoken=1")));
        try (ExchangeClient scc = client().build()) {
            // the same-origin rule of the paging layer refuses it before the host guard would
            PagingException e = assertThrows(PagingException.class, () -> scc.invoke(
                    CmdletRequest.of("Get-ComplianceSearch").param("ResultSize", "Unlimited")));
            assertTrue(e.getMessage().contains("127.0.0.1:" + trap.base().getPort()), e.getMessage());
            assertTrue(e.getMessage().contains("the access token is only sent to http://127.0.0.1:"
                    + regional.base().getPort() + "/adminapi/beta/contoso.onmicrosoft.com/"), e.getMessage());
            assertFalse(e.getMessage().contains("<redacted>"), "no token in it, nothing to redact: " + e.getMessage());
        }
        assertTrue(trap.requests().isEmpty());
    }

    @Test
    void aNextLinkIsJudgedAgainstTheHostThatAnsweredAfterARedirect() {
        redirectBootstrap();
        String tenantPath = "/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand";
        regional.enqueue(Reply.empty(307).header("Location", otherRegion.base() + tenantPath));
        otherRegion.enqueue(Reply.json(Clients.page(Clients.rows("o", 1), otherRegion.base() + tenantPath
                        + "?$skiptoken=1")),
                Reply.json(Clients.page(Clients.rows("p", 1), regional.base() + tenantPath + "?$skiptoken=2")));
        try (ExchangeClient scc = client().build()) {
            // page 2 comes from the host that answered page 1 (the redirect's target): followed; its own link back
            // to the pinned host is another origin than the one that carried it: refused, nothing sent there
            PagingException e = assertThrows(PagingException.class, () -> scc.invoke(
                    CmdletRequest.of("Get-ComplianceSearch").param("ResultSize", "Unlimited")));
            assertTrue(e.getMessage().contains("127.0.0.1:" + regional.base().getPort()), e.getMessage());
        }
        assertEquals(2, otherRegion.requests().size(), "the link on the answering host was followed");
        assertEquals(1, regional.requests().size(), "only the call that was redirected");
    }

    /** A {@code $batch} answer whose item 0 has {@code nextLink} and item 1 one page. */
    private static String batchAnswer(String nextLink) {
        return "{\"responses\":[{\"id\":\"0\",\"status\":200,\"headers\":{},\"body\":"
                + Clients.page(Clients.rows("a", 1), nextLink) + "},{\"id\":\"1\",\"status\":200,\"headers\":{},"
                + "\"body\":" + Clients.page(Clients.rows("l", 2), null) + "}]}";
    }

    private static final String TENANT_PATH = "/adminapi/beta/contoso.onmicrosoft.com/";

    private List<BatchItemResult> batchAfterTheTenantMoved(String nextLink) {
        redirectBootstrap();
        regional.enqueue(Reply.empty(307).header("Location", otherRegion.base() + TENANT_PATH + "$batch"));
        otherRegion.enqueue(Reply.json(batchAnswer(nextLink)), Reply.json(Clients.page(Clients.rows("b", 1), null)));
        try (ExchangeClient scc = client().build()) {
            return scc.invokeAll(List.of(CmdletRequest.of("Get-ComplianceSearch").param("ResultSize", "Unlimited"),
                    CmdletRequest.of("Get-Label")));
        }
    }

    @Test
    void aBatchItemsNextLinkOnTheHostThatAnsweredTheRedirectedBatchIsFollowed() {
        List<BatchItemResult> items = batchAfterTheTenantMoved(otherRegion.base() + TENANT_PATH
                + "InvokeCommand?$skiptoken=1");
        assertTrue(items.get(0).isSuccess(), items.toString());
        assertEquals(2, items.get(0).result().rows().size(), "both pages");
        assertEquals(2, items.get(1).result().rows().size());
        assertEquals(List.of(TENANT_PATH + "$batch", TENANT_PATH + "InvokeCommand"),
                otherRegion.requests().stream().map(Recorded::path).toList());
        assertEquals(1, regional.requests().size(), "only the $batch that was redirected");
    }

    @Test
    void aBatchItemsNextLinkToAnotherHostThanTheOneThatAnsweredIsRefused() {
        // the pinned host, but not the one that answered the (redirected) batch: refused as for invoke
        List<BatchItemResult> items = batchAfterTheTenantMoved(regional.base() + TENANT_PATH
                + "InvokeCommand?$skiptoken=1");
        PagingException e = (PagingException) items.get(0).failure();
        assertTrue(e.getMessage().contains("127.0.0.1:" + regional.base().getPort()), e.getMessage());
        assertTrue(e.getMessage().contains("the access token is only sent to " + otherRegion.base() + TENANT_PATH),
                e.getMessage());
        assertEquals(2, items.get(1).result().rows().size(), "the other item is unaffected");
        assertEquals(1, regional.requests().size(), "nothing sent to the link");
        assertEquals(1, otherRegion.requests().size());
    }

    @Test
    void aFailedDiscoveryNamesWhatWasTriedAndTheNextCallTriesAgain() {
        frontDoor.enqueue(Reply.empty(302).header("Location", trap.base() + MODULE_PATH),
                Reply.json(500, "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"backend down\"}}"));
        redirectBootstrap();
        try (ExchangeClient scc = client().build()) {
            HostDiscoveryException refused = assertThrows(HostDiscoveryException.class,
                    () -> scc.invoke(CmdletRequest.of("Get-Label")));
            assertTrue(refused.getMessage().contains(frontDoor.base() + MODULE_PATH), refused.getMessage());
            assertTrue(refused.getMessage().contains(trap.base().toString()), refused.getMessage());
            assertTrue(refused.getMessage().contains("port 446 → " + regional.base().getPort()), refused.getMessage());
            HostDiscoveryException failed = assertThrows(HostDiscoveryException.class,
                    () -> scc.invoke(CmdletRequest.of("Get-Label")));
            assertEquals(500, failed.httpStatus());
            assertTrue(failed.getMessage().contains("backend down"), failed.getMessage());
            assertEquals(2, scc.invoke(CmdletRequest.of("Get-Label")).rows().size());
        }
        assertEquals(3, frontDoor.requests().size());
        assertTrue(trap.requests().isEmpty());
    }

    @Test
    void exchangeOnlineFollowsOnlyItsOwnOrigin() {
        regional.enqueue(Reply.empty(307).header("Location", regional.base() + "/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?moved=1"),
                Reply.json(Clients.page(Clients.rows("m", 3), null)),
                Reply.empty(302).header("Location", trap.base() + "/x"));
        try (ExchangeClient exo = ExchangeClient.builder().tenant(Clients.TENANT).endpoint(regional.base())
                .tokenProvider(tokens).build()) {
            assertEquals(3, exo.invoke(CmdletRequest.of("Get-Mailbox")).rows().size());
            assertThrows(RedirectRefusedException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
        }
        assertEquals("moved=1", regional.requests().get(1).uri().getQuery());
        assertTrue(trap.requests().isEmpty());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
