package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.BatchItemResult;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.exo.SetMailbox;
import dev.exobindings.simulator.ExoSimulator;
import dev.exobindings.simulator.FaultKind;
import dev.exobindings.simulator.Faults;
import dev.exobindings.simulator.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * Writes under resets before and after the change is applied, and 5xx, with the DEFAULT retry policy: every write
 * ends as succeeded (applied once), failed (not applied) or flagged outcome-unknown (applied at most once), checked
 * per mailbox against the simulator's own counts and journal; no write is applied twice and none is unaccounted.
 */
class WriteOutcomeEndToEndTest {
    private static final int WRITES = 240;

    enum Outcome { SUCCEEDED, FAILED, UNKNOWN }

    @Test
    void everyWriteIsAccountedForAndNoneIsAppliedTwice() {
        Faults faults = Faults.builder().seed(77).resets(0.08).resetsAfterApply(0.12).serverErrors(0.08, 500).build();
        try (ExoSimulator sim = Connections.simulator(WRITES).faults(faults).build().start();
             ExchangeClient exo = Connections.client(sim).build()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < WRITES; i++) {
                names.add((String) sim.tenant().mailboxes().state(i).get("Name"));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (String name : names.subList(0, 80)) {
                outcomes.add(single(() -> exo.invoke(change(name))));
            }
            List<CompletableFuture<?>> futures = new ArrayList<>();
            for (String name : names.subList(80, 160)) {
                futures.add(exo.invokeAsync(change(name)));
            }
            for (CompletableFuture<?> f : futures) {
                outcomes.add(single(f::join));
            }
            List<SetMailbox.IdentitySet> batch = new ArrayList<>();
            names.subList(160, WRITES).forEach(n -> batch.add(change(n)));
            for (BatchItemResult item : exo.invokeAll(batch)) {
                outcomes.add(item.isSuccess() ? Outcome.SUCCEEDED : item.outcomeUnknown() ? Outcome.UNKNOWN : Outcome.FAILED);
            }

            assertEquals(WRITES, outcomes.size(), "one outcome per write: nothing unaccounted");
            int unknownApplied = 0;
            for (int i = 0; i < WRITES; i++) {
                long applied = sim.counters().applied("Set-Mailbox", names.get(i));
                String label = names.get(i) + " " + outcomes.get(i);
                switch (outcomes.get(i)) {
                    case SUCCEEDED -> assertEquals(1, applied, label);
                    case FAILED -> assertEquals(0, applied, label);
                    case UNKNOWN -> {
                        assertTrue(applied <= 1, label + " applied " + applied);
                        unknownApplied += (int) applied;
                    }
                    default -> throw new AssertionError(label);
                }
            }
            long succeeded = outcomes.stream().filter(o -> o == Outcome.SUCCEEDED).count();
            long unknown = outcomes.stream().filter(o -> o == Outcome.UNKNOWN).count();
            long failed = outcomes.stream().filter(o -> o == Outcome.FAILED).count();
            List<RecordedCall> journal = sim.journal().calls("Set-Mailbox");
            assertEquals(sim.counters().applied("Set-Mailbox"), succeeded + unknownApplied,
                    "the simulator applied exactly the successes plus some of the unknowns");
            assertEquals(succeeded + unknownApplied, journal.stream().filter(c -> c.status() == 200).count(),
                    "the journal's successful Set-Mailbox calls match");
            assertTrue(sim.counters().faults(FaultKind.RESET_AFTER_APPLY) > 0 && unknownApplied > 0,
                    "resets after apply happened and were reported as unknown, not as failures");
            assertTrue(unknown > unknownApplied, "resets before apply are unknown to the client too");
            // the simulator's 500s apply nothing, but a 500 does not tell the client so: they are unknown, not failed
            assertTrue(sim.counters().faults(FaultKind.SERVER_ERROR) > 0, "500s happened");
            assertEquals(0, failed, "no write is reported as not applied: every answer was a 5xx, a reset or a 200");
            assertFalse(succeeded == 0);
        }
    }

    private static SetMailbox.IdentitySet change(String name) {
        return SetMailbox.identity(name).customAttribute3("outcome-" + name);
    }

    private static Outcome single(Runnable call) {
        try {
            call.run();
            return Outcome.SUCCEEDED;
        } catch (CompletionException e) {
            return ((ExchangeException) e.getCause()).outcomeUnknown() ? Outcome.UNKNOWN : Outcome.FAILED;
        } catch (ExchangeException e) {
            return e.outcomeUnknown() ? Outcome.UNKNOWN : Outcome.FAILED;
        }
    }
}
