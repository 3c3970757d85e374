package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.BatchItemResult;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.error.ObjectNotFoundException;
import dev.exobindings.runtime.value.MultiValue;
import dev.exobindings.exo.SetMailbox;
import dev.exobindings.simulator.ExoSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 25 changes in $batch calls, one of them for a mailbox that does not exist. */
class BatchEndToEndTest {

    @Test
    void oneFailingItemIsReportedAndTheOthersSucceed() {
        try (ExoSimulator sim = Connections.simulator(100).build().start();
             ExchangeClient exo = Connections.client(sim).build()) {
            List<SetMailbox.IdentitySet> requests = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                String name = i == 13 ? "missing-mailbox" : (String) sim.tenant().mailboxes().state(i).get("Name");
                names.add(name);
                requests.add(SetMailbox.identity(name).emailAddresses(MultiValue.add("smtp:batch" + i + "@contoso.com")));
            }

            List<BatchItemResult> results = exo.invokeAll(requests);

            assertEquals(25, results.size());
            assertEquals(3, sim.counters().batches(), "25 items in batches of 10");
            for (int i = 0; i < 25; i++) {
                BatchItemResult item = results.get(i);
                assertEquals(i, item.index());
                if (i == 13) {
                    ObjectNotFoundException failure = assertInstanceOf(ObjectNotFoundException.class, item.failure());
                    assertTrue(failure.getMessage().contains("missing-mailbox"), failure.getMessage());
                } else {
                    assertTrue(item.isSuccess(), item.toString());
                    assertEquals(1, sim.counters().applied("Set-Mailbox", names.get(i)), names.get(i));
                    assertTrue(String.valueOf(sim.tenant().mailboxes().state(i).get("EmailAddresses"))
                            .contains("smtp:batch" + i + "@contoso.com"));
                }
            }
            assertEquals(24, sim.counters().applied("Set-Mailbox"));
        }
    }
}
