package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.exo.GetMailbox;
import dev.exobindings.exo.model.Mailbox;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.event.PageEvent;
import dev.exobindings.runtime.value.ResultSize;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * 100 000 typed {@code Mailbox} rows, every one of the model's properties, streamed from the simulator through
 * {@code exo.stream(GetMailbox.all()…)} with no class argument. Runs in its own surefire execution with
 * {@code -Xmx64m}: holding the rows would not fit. The simulator runs in a child JVM of its own, so the 64 MB are the
 * client's alone (the simulator keeps the 100 000-mailbox tenant and renders whole pages).
 */
class TypedLowHeapStreamTest {
    private static final int MAILBOXES = 100_000;

    @Test
    void hundredThousandTypedMailboxesStreamInConstantMemory() throws Exception {
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
        Process simulator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), "dev.exobindings.simulator.SimulatorMain",
                "--port", "0", "--seed", "11", "--mailboxes", Integer.toString(MAILBOXES), "--token",
                Connections.TOKEN).redirectErrorStream(true).start();
        long count;
        long typed;
        try {
            URI base = baseUri(simulator);
            try (ExchangeClient exo = ExchangeClient.builder().tenant("contoso.onmicrosoft.com").endpoint(base)
                    .tokenProvider(request -> new AccessToken(Connections.TOKEN, Instant.MAX)).listener(probe)
                    .build();
                 Stream<Mailbox> rows = exo.stream(GetMailbox.all().resultSize(ResultSize.unlimited()))) {
                AtomicLong complete = new AtomicLong();
                count = rows.peek(m -> {
                    if (m.emailAddresses().size() == 2 && m.exchangeGuid() != null && m.extraProperties().isEmpty()) {
                        complete.incrementAndGet();
                    }
                }).count();
                typed = complete.get();
            }
        } finally {
            simulator.destroy();
            simulator.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(MAILBOXES, count);
        assertEquals(MAILBOXES, typed, "every row typed with all its properties: two addresses, a GUID, nothing unknown");
        assertEquals(MAILBOXES / 1000, pages.get());
        if (lowHeap) {
            assertTrue(peakUsed.get() < 64L * 1024 * 1024, "peak heap " + peakUsed.get());
        }
    }

    /** The base URI the child simulator prints once it listens; its other output is shown on failure. */
    private static URI baseUri(Process simulator) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(simulator.getInputStream(),
                StandardCharsets.UTF_8));
        String prefix = "Exchange Online simulator listening on ";
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return URI.create(line.substring(prefix.length()).trim());
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the simulator exited before listening:\n" + seen);
    }
}
