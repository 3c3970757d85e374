package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.event.PageEvent;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.exo.GetMailbox;
import dev.exobindings.simulator.ExoSimulator;
import dev.exobindings.simulator.RecordedCall;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** All 10 000 mailboxes of a tenant, through @odata.nextLink, into records. */
class PagingEndToEndTest {

    @Test
    void streamsTenThousandMailboxesInTenPagesWithTheSameBody() {
        AtomicInteger pages = new AtomicInteger();
        ExchangeEventListener countPages = new ExchangeEventListener() {
            @Override
            public void onPage(PageEvent event) {
                pages.incrementAndGet();
            }
        };
        try (ExoSimulator sim = Connections.simulator(10_000).build().start();
             ExchangeClient exo = Connections.client(sim).listener(countPages).build();
             Stream<MailboxRow> rows = exo.stream(GetMailbox.all().resultSize(ResultSize.unlimited()), MailboxRow.class)) {
            Set<String> upns = new HashSet<>();
            long count = rows.peek(row -> upns.add(row.userPrincipalName())).count();

            assertEquals(10_000, count);
            assertEquals(10_000, upns.size(), "every mailbox exactly once");
            assertEquals(10, pages.get());
            List<RecordedCall> calls = sim.journal().calls("Get-Mailbox");
            assertEquals(10, calls.size());
            assertEquals(9, calls.stream().filter(RecordedCall::continuation).count());
            assertTrue(calls.stream().map(RecordedCall::parametersJson).distinct().count() == 1,
                    "every page re-POSTs the identical body");
        }
    }
}
