package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.BatchItemResult;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.retry.RetryPolicy;
import dev.exobindings.runtime.value.MultiValue;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.exo.GetMailbox;
import dev.exobindings.exo.SetMailbox;
import dev.exobindings.simulator.ExoSimulator;
import dev.exobindings.simulator.FaultKind;
import dev.exobindings.simulator.Faults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** 10 % 429s and 10 % 5xx: every operation finally succeeds and none is applied twice. */
class FaultToleranceEndToEndTest {

    @Test
    void everyOperationSucceedsOnceUnderTwentyPercentFaults() {
        Faults faults = Faults.builder().seed(2026).throttle(0.10, "0").serverErrors(0.10, 503).build();
        // The runtime does not retry writes after a 5xx by default: the call may have run. The simulator decides
        // every fault before the cmdlet runs, so a failed attempt applied nothing and retrying writes is safe
        // here; the per-identity counters below prove it.
        RetryPolicy retryWrites = RetryPolicy.builder().maxRetries(10).baseDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofMillis(5)).retryNonIdempotent(true).build();
        CallStats stats = new CallStats();
        try (ExoSimulator sim = Connections.simulator(2_000).faults(faults).build().start();
             ExchangeClient exo = Connections.client(sim).retryPolicy(retryWrites).listener(stats).build()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                names.add((String) sim.tenant().mailboxes().state(i).get("Name"));
            }
            for (String name : names.subList(0, 20)) {
                exo.invoke(SetMailbox.identity(name).emailAddresses(MultiValue.add("smtp:single." + name + "@contoso.com")));
            }
            List<SetMailbox.IdentitySet> batch = new ArrayList<>();
            for (String name : names.subList(20, 40)) {
                batch.add(SetMailbox.identity(name).emailAddresses(MultiValue.add("smtp:batched." + name + "@contoso.com")));
            }
            List<BatchItemResult> results = exo.invokeAll(batch);
            long listed;
            try (Stream<MailboxRow> rows = exo.stream(GetMailbox.all().resultSize(ResultSize.unlimited()), MailboxRow.class)) {
                listed = rows.count();
            }

            assertTrue(results.stream().allMatch(BatchItemResult::isSuccess), results.toString());
            assertEquals(2_000, listed);
            for (String name : names) {
                assertEquals(1, sim.counters().applied("Set-Mailbox", name), name + " applied exactly once");
            }
            assertEquals(40, sim.counters().applied("Set-Mailbox"));
            assertTrue(sim.counters().faults(FaultKind.THROTTLE) > 0, "429s were injected");
            assertTrue(sim.counters().faults(FaultKind.SERVER_ERROR) > 0, "5xx were injected");
            assertTrue(stats.retries() >= sim.counters().faults(FaultKind.THROTTLE), "the client retried them");
        }
    }
}
