package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.exobindings.runtime.BatchItemResult;
import dev.exobindings.runtime.CmdletRequest;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.InvokeResult;
import dev.exobindings.runtime.error.ObjectNotFoundException;
import dev.exobindings.runtime.error.RedirectRefusedException;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.sample.scc.GetComplianceSearch;
import dev.exobindings.sample.scc.GetDlpCompliancePolicy;
import dev.exobindings.sample.scc.GetLabel;
import dev.exobindings.sample.scc.GetRetentionCompliancePolicy;
import dev.exobindings.sample.scc.NewComplianceSearch;
import dev.exobindings.sample.scc.RemoveComplianceSearch;
import dev.exobindings.simulator.ExoSimulator;
import dev.exobindings.simulator.RecordedCall;
import dev.exobindings.simulator.tenant.ComplianceStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Security &amp; Compliance end to end: generated classes of the security-compliance snapshot, the runtime's host
 * discovery, and the simulator in that mode (front door + two regional hosts, all on 127.0.0.1).
 */
class ComplianceEndToEndTest {
    private final ExoSimulator sim = ExoSimulator.builder().securityCompliance().seed(5).token(Connections.TOKEN)
            .build().start();

    @AfterEach
    void stop() {
        sim.close();
    }

    private ExchangeClient client(int pageSize) {
        return Target.complianceClient(sim, Connections.TOKEN).pageSize(pageSize).maxConcurrency(16).build();
    }

    private String regional() {
        return sim.regionalBaseUri().getRawAuthority();
    }

    @Test
    void sixteenConcurrentFirstCallsDiscoverTheHostOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (ExchangeClient scc = client(1000)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<InvokeResult>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return scc.invoke(GetComplianceSearch.all().resultSize(ResultSize.unlimited()));
                }));
            }
            start.countDown();
            for (Future<InvokeResult> call : calls) {
                assertEquals(ComplianceStore.SEEDED_SEARCHES, call.get().rows().size());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, sim.bootstraps());
        List<RecordedCall> calls = sim.journal().calls("Get-ComplianceSearch");
        assertEquals(16, calls.size());
        assertTrue(calls.stream().allMatch(c -> regional().equals(c.host())), calls.toString());
    }

    @Test
    void pagesComeFromTheRegionalHostWithTheAffinityCookie() {
        List<ComplianceSearchRow> rows;
        try (ExchangeClient scc = client(10);
             Stream<ComplianceSearchRow> stream = scc.stream(GetComplianceSearch.all().resultSize(ResultSize.unlimited()),
                     ComplianceSearchRow.class)) {
            rows = stream.toList();
        }
        assertEquals(ComplianceStore.SEEDED_SEARCHES, rows.size());
        assertEquals(ComplianceStore.SEEDED_SEARCHES, rows.stream().map(ComplianceSearchRow::name).distinct().count());
        List<RecordedCall> calls = sim.journal().calls("Get-ComplianceSearch");
        assertEquals(3, calls.size(), "25 rows in pages of 10");
        assertEquals(2, calls.stream().filter(RecordedCall::continuation).count());
        assertTrue(calls.stream().allMatch(c -> regional().equals(c.host())));
        assertEquals(null, calls.get(0).header("Cookie"));
        assertEquals("ComplianceAffinity=region-a", calls.get(1).header("Cookie"));
        assertEquals("UPN:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com",
                calls.get(0).header("X-AnchorMailbox"));
    }

    @Test
    void batchesRunOnTheRegionalHostAndAFailedItemIsReported() {
        List<CmdletRequest> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            requests.add(NewComplianceSearch.name("Case " + i).contentMatchQuery("budget " + i)
                    .exchangeLocation("user" + i + "@contoso.com"));
        }
        // a name taken before the batch: chunks run in parallel, so a duplicate of an item in another chunk could
        // win the race; a name that already exists fails at its own index whatever the order
        requests.add(NewComplianceSearch.name("Existing"));
        List<BatchItemResult> results;
        try (ExchangeClient scc = client(1000)) {
            scc.invoke(NewComplianceSearch.name("Existing"));
            results = scc.invokeAll(requests);
            scc.invoke(RemoveComplianceSearch.identity("Case 0"));
            assertThrows(ObjectNotFoundException.class, () -> scc.invoke(GetComplianceSearch.all().identity("Case 0")));
            assertEquals("budget 7", scc.invoke(GetComplianceSearch.all().identity("Case 7")).first()
                    .path("ContentMatchQuery").asText());
            assertEquals(4, scc.invoke(GetDlpCompliancePolicy.all()).rows().size());
            assertEquals(3, scc.invoke(GetRetentionCompliancePolicy.all()).rows().size());
            assertEquals("Highly Confidential", scc.invoke(GetLabel.all().identity("Highly Confidential")).first()
                    .path("DisplayName").asText());
        }
        assertEquals(13, results.size());
        assertTrue(results.subList(0, 12).stream().allMatch(BatchItemResult::isSuccess));
        assertFalse(results.get(12).isSuccess(), "the duplicate name fails at its own index");
        assertTrue(results.get(12).failure().getMessage().contains("Existing"), results.get(12).failure().getMessage());
        List<RecordedCall> calls = sim.journal().calls("New-ComplianceSearch");
        assertEquals(14, calls.size());
        assertEquals(13, calls.stream().filter(RecordedCall::batched).count(), "every invokeAll item was batched");
        assertTrue(calls.stream().allMatch(c -> regional().equals(c.host())));
        for (int i = 0; i < 12; i++) {
            assertEquals(1, sim.counters().applied("New-ComplianceSearch", "Case " + i));
        }
        assertEquals(1, sim.counters().applied("Remove-ComplianceSearch", "Case 0"));
        assertEquals(1, sim.bootstraps());
    }

    @Test
    void aRedirectMidSessionIsFollowedWithinTheFamily() {
        String secondary = sim.secondaryRegionalBaseUri().getRawAuthority();
        try (ExchangeClient scc = client(10)) {
            assertEquals(5, scc.invoke(GetLabel.all()).rows().size());
            sim.moveTenant();
            assertEquals(4, scc.invoke(GetDlpCompliancePolicy.all()).rows().size());
            scc.invoke(NewComplianceSearch.name("After the move"));
            assertEquals(ComplianceStore.SEEDED_SEARCHES + 1,
                    scc.invoke(GetComplianceSearch.all().resultSize(ResultSize.unlimited())).rows().size());
        }
        assertEquals(regional(), sim.journal().calls("Get-Label").get(0).host());
        assertEquals(secondary, sim.journal().calls("Get-DlpCompliancePolicy").get(0).host());
        assertEquals(1, sim.journal().calls("New-ComplianceSearch").size(), "the POST is re-sent once, to the new host");
        assertEquals(1, sim.counters().applied("New-ComplianceSearch", "After the move"));
        assertTrue(sim.journal().calls("Get-ComplianceSearch").stream().allMatch(c -> secondary.equals(c.host())));
        assertEquals(1, sim.bootstraps());
    }

    @Test
    void aHostileRedirectIsRefusedAndTheTokenNeverLeaves() throws IOException {
        AtomicInteger trapped = new AtomicInteger();
        HttpServer trap = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        trap.createContext("/", exchange -> {
            trapped.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        trap.start();
        try (ExchangeClient scc = client(1000)) {
            scc.invoke(GetLabel.all());
            String trapUrl = "http://127.0.0.1:" + trap.getAddress().getPort() + "/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand";
            for (String location : List.of(trapUrl, "https://evil.example/adminapi/beta/x/InvokeCommand",
                    "http://localhost:" + trap.getAddress().getPort() + "/x")) {
                sim.redirectNextCall(location);
                RedirectRefusedException e = assertThrows(RedirectRefusedException.class,
                        () -> scc.invoke(GetDlpCompliancePolicy.all()));
                assertFalse(e.getMessage().contains(Connections.TOKEN), e.getMessage());
            }
            assertEquals(4, scc.invoke(GetDlpCompliancePolicy.all()).rows().size(), "the client keeps working");
        } finally {
            trap.stop(0);
        }
        assertEquals(0, trapped.get());
    }
}
