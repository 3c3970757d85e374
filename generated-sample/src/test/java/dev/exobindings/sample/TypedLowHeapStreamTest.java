package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.event.PageEvent;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.exo.GetMailbox;
import dev.exobindings.exo.model.Mailbox;
import dev.exobindings.simulator.ExoSimulator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * 100 000 typed {@code Mailbox} rows streamed from the simulator (in the same JVM) through
 * {@code exo.stream(GetMailbox.all()…)} with no class argument and no {@code select(…)}: full rows, every property of
 * the model on the wire as the simulator renders Get-Mailbox. Runs in its own surefire execution with
 * {@code -Xmx64m}: the simulator's tenant, one page on each side and the rows in flight have to fit; the 100 000
 * models (each an array of every property's value, plus the values) would not, so the stream must not retain them.
 */
class TypedLowHeapStreamTest {
    private static final int MAILBOXES = 100_000;

    @Test
    void hundredThousandTypedMailboxesStreamInConstantMemory() {
        boolean lowHeap = Boolean.getBoolean("exo.lowheap.expected");
        if (lowHeap) {
            assertTrue(Runtime.getRuntime().maxMemory() <= 64L * 1024 * 1024, "this execution must run with -Xmx64m");
        }
        AtomicInteger pages = new AtomicInteger();
        AtomicLong peakUsed = new AtomicLong();
        ExchangeEventListener probe = new ExchangeEventListener() {
            @Override
            public void onPage(PageEvent event) {
                pages.incrementAndGet();
                Runtime rt = Runtime.getRuntime();
                peakUsed.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
            }
        };
        long count;
        long withAddresses;
        try (ExoSimulator sim = Connections.simulator(MAILBOXES).build().start();
             ExchangeClient exo = Connections.client(sim).listener(probe).build();
             Stream<Mailbox> rows = exo.stream(GetMailbox.all().resultSize(ResultSize.unlimited()))) {
            JsonNode sample = exo.invoke(GetMailbox.all().resultSize(ResultSize.of(1))).rows().get(0);
            for (String property : Mailbox.MODEL_TYPE.propertyNames()) {
                assertTrue(sample.has(property), "the simulator's full row carries " + property);
            }
            pages.set(0);
            AtomicLong full = new AtomicLong();
            count = rows.peek(m -> {
                if (m.emailAddresses().size() == 2 && m.exchangeGuid() != null && m.whenCreated() != null
                        && m.prohibitSendQuota() != null && m.recipientTypeDetails() != null
                        && m.extraProperties().isEmpty()) {
                    full.incrementAndGet();
                }
            }).count();
            withAddresses = full.get();
        }
        assertEquals(MAILBOXES, count);
        assertEquals(MAILBOXES, withAddresses,
                "every row typed: two addresses, a GUID, a date, a quota, a recipient type, nothing unknown");
        assertEquals(MAILBOXES / 1000, pages.get());
        if (lowHeap) {
            assertTrue(peakUsed.get() < 64L * 1024 * 1024, "peak heap " + peakUsed.get()); // bounded by -Xmx64m
        }
    }
}
