package dev.exobindings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.event.PageEvent;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import dev.exobindings.runtime.value.ResultSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 100 000 rows (about 40 MB of JSON) streamed in pages of 1000 from a server that builds each page on demand.
 * Runs in its own surefire execution with {@code -Xmx64m}: holding all rows would not fit.
 */
class LowHeapStreamTest {
    private static final int PAGES = 100;
    private static final int PAGE_SIZE = 1000;

    private static String page(TestServer server, int pageNo) {
        StringBuilder sb = new StringBuilder(450 * PAGE_SIZE);
        sb.append("{\"@odata.context\":\"ctx\",");
        if (pageNo < PAGES) {
            sb.append("\"@odata.nextLink\":\"").append(server.invokeUrl("?page=" + (pageNo + 1))).append("\",");
        }
        sb.append("\"value\":[");
        for (int i = 0; i < PAGE_SIZE; i++) {
            int n = (pageNo - 1) * PAGE_SIZE + i;
            sb.append(i > 0 ? "," : "").append("{\"DisplayName\":\"User ").append(n)
                    .append("\",\"UserPrincipalName\":\"user").append(n).append("@contoso.onmicrosoft.com\"")
                    .append(",\"PrimarySmtpAddress\":\"user").append(n).append("@contoso.com\"")
                    .append(",\"RecipientTypeDetails\":\"UserMailbox\",\"ExchangeGuid\":\"00000000-0000-0000-0000-")
                    .append(String.format("%012d", n)).append("\",\"EmailAddresses\":[\"SMTP:user").append(n)
                    .append("@contoso.com\",\"smtp:u").append(n).append("@contoso.onmicrosoft.com\"]")
                    .append(",\"WhenCreated\":\"2024-03-01T10:15:00Z\",\"Padding\":\"")
                    .append("x".repeat(120)).append("\"}");
        }
        return sb.append("]}").toString();
    }

    record Row(String displayName, String userPrincipalName) {
    }

    @Test
    void hundredThousandRowsStreamInConstantMemory() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (Boolean.getBoolean("exo.lowheap.expected")) {
            assertTrue(maxHeap <= 64L * 1024 * 1024, "this execution must run with -Xmx64m, max heap is " + maxHeap);
        }
        AtomicLong peakUsed = new AtomicLong();
        AtomicInteger pages = new AtomicInteger();
        long count;
        long jsonCount;
        long started = System.nanoTime();
        try (TestServer server = new TestServer()) {
            server.handler(r -> {
                String q = r.uri().getQuery();
                int pageNo = q == null || !q.startsWith("page=") ? 1 : Integer.parseInt(q.substring("page=".length()));
                return Reply.json(page(server, pageNo));
            });
            ExchangeEventListener heapProbe = new ExchangeEventListener() {
                @Override
                public void onPage(PageEvent event) {
                    pages.incrementAndGet();
                    Runtime rt = Runtime.getRuntime();
                    peakUsed.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                }
            };
            try (ExchangeClient exo = Clients.builder(server, new FakeTime(), Tokens.appOnly()).listener(heapProbe).build()) {
                CmdletRequest all = CmdletRequest.of("Get-Mailbox").param("ResultSize", ResultSize.unlimited());
                try (var rows = exo.stream(all, Row.class)) {
                    count = rows.filter(r -> r.userPrincipalName().startsWith("user")).count();
                }
                try (var rows = exo.stream(all)) {
                    jsonCount = rows.count();
                }
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertEquals(100_000L, count);
        assertEquals(100_000L, jsonCount);
        assertEquals(2 * PAGES, pages.get());
        String report = String.format("rows=%d x2 streams, pages=%d, maxHeap=%d MiB, peakUsedAtPageBoundaries=%d MiB, "
                + "elapsed=%d ms%n", count, pages.get(), maxHeap >> 20, peakUsed.get() >> 20, ms);
        System.out.print(report);
        Files.writeString(Path.of("target", "low-heap-stream.txt"), report, StandardCharsets.UTF_8);
    }
}
