package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * {@code exo.stream(GetMailbox.all()…)} with no class argument. Runs in its own surefire execution with
 * {@code -Xmx64m}: holding the rows would not fit.
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
             Stream<Mailbox> rows = exo.stream(GetMailbox.all().select(Mailbox.DISPLAY_NAME,
                     Mailbox.PRIMARY_SMTP_ADDRESS, Mailbox.EMAIL_ADDRESSES, Mailbox.EXCHANGE_GUID,
                     Mailbox.RECIPIENT_TYPE_DETAILS, Mailbox.PROHIBIT_SEND_QUOTA, Mailbox.WHEN_CREATED)
                     .resultSize(ResultSize.unlimited()))) {
            AtomicLong addresses = new AtomicLong();
            count = rows.peek(m -> {
                if (m.emailAddresses().size() == 2 && m.exchangeGuid() != null && m.extraProperties().isEmpty()) {
                    addresses.incrementAndGet();
                }
            }).count();
            withAddresses = addresses.get();
        }
        assertEquals(MAILBOXES, count);
        assertEquals(MAILBOXES, withAddresses, "every row typed: two addresses, a GUID, nothing unknown");
        assertEquals(MAILBOXES / 1000, pages.get());
        if (lowHeap) {
            assertTrue(peakUsed.get() < 64L * 1024 * 1024, "peak heap " + peakUsed.get()); // bounded by -Xmx64m
        }
    }
}
