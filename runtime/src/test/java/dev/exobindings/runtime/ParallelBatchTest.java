package dev.exobindings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** $batch chunks overlap in time, never more than maxConcurrency at once, and results keep input order. */
class ParallelBatchTest {
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void chunksRunConcurrentlyWithinTheLimit() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.handler(r -> {
            int now = inFlight.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(150); // long enough for the other chunks to arrive meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            StringBuilder body = new StringBuilder("{\"responses\":[");
            int items = r.json().path("requests").size();
            for (int k = 0; k < items; k++) {
                String identity = r.json().path("requests").get(k).at("/body/CmdletInput/Parameters/Identity").asText();
                body.append(k > 0 ? "," : "").append("{\"id\":\"").append(k).append("\",\"status\":200,\"body\":")
                        .append("{\"value\":[{\"Identity\":\"").append(identity).append("\"}]}}");
            }
            return Reply.json(body.append("]}").toString());
        });
        List<CmdletRequest> requests = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            requests.add(CmdletRequest.of("Get-User").param("Identity", "u" + i));
        }
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).maxConcurrency(3).build()) {
            results = exo.invokeAll(requests);
        }
        assertEquals(8, server.requests().size());
        assertTrue(most.get() >= 2, "chunks overlapped: at most " + most.get() + " at once");
        assertTrue(most.get() <= 3, "never more than maxConcurrency: " + most.get());
        for (int i = 0; i < 80; i++) {
            assertEquals("u" + i, results.get(i).result().first().get("Identity").asText(), "input order");
        }
    }
}
