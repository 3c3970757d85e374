package dev.exobindings.sample.fleet;

import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.exo.GetMailbox;
import dev.exobindings.simulator.ExoSimulator;
import dev.exobindings.simulator.Faults;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fleet pattern against several simulated tenants, one of which refuses the job. */
class FleetRunTest {
    private static final String TOKEN = "fleet-token";
    private final Map<String, ExoSimulator> tenants = new LinkedHashMap<>();

    record Row(String recipientTypeDetails) {
    }

    @AfterEach
    void stop() {
        tenants.values().forEach(ExoSimulator::close);
    }

    private void tenant(String domain, int mailboxes, Set<String> allowed, Faults faults) {
        tenants.put(domain, ExoSimulator.builder().tenant(domain).seed(domain.length()).mailboxes(mailboxes)
                .token(TOKEN).allowedCmdlets(allowed).faults(faults).build().start());
    }

    private ExchangeClient client(String domain) {
        ExoSimulator simulator = tenants.get(domain);
        return ExchangeClient.builder().tenant(domain).endpoint(simulator.baseUri())
                .pageSize(25).tokenProvider(request -> new AccessToken(TOKEN, Instant.MAX)).build();
    }

    @Test
    void aResultPerTenantFailuresIsolatedAndConcurrencyBounded() {
        Faults slow = Faults.builder().latency(Duration.ofMillis(40), Duration.ZERO).build();
        tenant("alpha.onmicrosoft.com", 120, Set.of(), slow);
        tenant("bravo.onmicrosoft.com", 80, Set.of("Get-AcceptedDomain"), slow);   // the role lacks Get-Mailbox
        tenant("charlie.onmicrosoft.com", 200, Set.of(),
                Faults.builder().seed(3).latency(Duration.ofMillis(40), Duration.ZERO).throttle(0.3, "0").build());
        tenant("delta.onmicrosoft.com", 50, Set.of(), slow);

        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        FleetRun<Long> run = new FleetRun<>(this::client, exo -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try (Stream<Row> rows = exo.stream(GetMailbox.all().resultSize(ResultSize.unlimited()), Row.class)) {
                return rows.count();
            } finally {
                inFlight.decrementAndGet();
            }
        }, 2);

        List<TenantResult<Long>> results = run.run(new ArrayList<>(tenants.keySet()));

        assertEquals(List.copyOf(tenants.keySet()), results.stream().map(TenantResult::tenant).toList(), "input order");
        assertEquals(120L, results.get(0).value());
        assertEquals(200L, results.get(2).value(), "throttled tenant retried to completion");
        assertEquals(50L, results.get(3).value());
        TenantResult<Long> refused = results.get(1);
        assertFalse(refused.ok());
        assertNull(refused.value());
        assertTrue(refused.failure().startsWith("PermissionDeniedException: "), refused.failure());
        assertTrue(refused.line().startsWith("bravo.onmicrosoft.com: FAILED PermissionDeniedException"), refused.line());
        assertTrue(maxInFlight.get() <= 2, "at most 2 tenants at once, saw " + maxInFlight.get());
        assertTrue(tenants.get("charlie.onmicrosoft.com").counters().httpStatus(429) > 0, "faults were injected");
    }

    @Test
    void thePerTenantFunctionNeverThrows() {
        tenant("echo.onmicrosoft.com", 5, Set.of(), Faults.none());
        FleetRun<Long> run = new FleetRun<>(domain -> {
            throw new IllegalStateException("no credentials for " + domain);
        }, exo -> 0L, 1);
        TenantResult<Long> result = run.runOne("echo.onmicrosoft.com");
        assertEquals("IllegalStateException: no credentials for echo.onmicrosoft.com", result.failure());
    }
}
