package dev.exobindings.simulator;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultInjectionTest {

    private static ExoSimulator start(Faults faults) {
        return ExoSimulator.builder().snapshot(BuiltInSnapshot.get()).mailboxes(50).token("T").faults(faults).build()
                .start();
    }

    /** Statuses of {@code n} sequential Set-Mailbox calls (each a distinct CustomAttribute1 value). */
    private static List<Integer> statuses(ExoSimulator exo, int n, String name) {
        SimClient client = new SimClient(exo, "T");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            statuses.add(client.invoke("Set-Mailbox", "{\"Identity\":\"" + name + "\",\"CustomAttribute1\":\"v" + i
                    + "\"}").status());
        }
        return statuses;
    }

    @Test
    void throttlingFollowsTheSeedAndThrottledCallsApplyNothing() {
        Faults faults = Faults.builder().seed(77).throttle(0.3, "2.5").build();
        List<Integer> first;
        try (ExoSimulator exo = start(faults)) {
            String name = (String) exo.tenant().mailboxes().state(0).get("Name");
            first = statuses(exo, 40, name);
            long throttled = first.stream().filter(s -> s == 429).count();
            assertTrue(throttled > 0 && throttled < 40, first.toString());
            assertEquals(40 - throttled, exo.counters().applied("Set-Mailbox", name), "429s ran nothing");
            assertEquals(throttled, exo.counters().faults(FaultKind.THROTTLE));
            SimClient.Reply reply = null;
            for (int i = 0; i < 40 && (reply == null || reply.status() != 429); i++) {
                reply = new SimClient(exo, "T").invoke("Get-Mailbox", "{\"ResultSize\":1}");
            }
            assertEquals("2.5", reply.raw().headers().firstValue("Retry-After").orElseThrow());
            assertEquals("TooManyRequests", reply.error().path("code").asText());
        }
        try (ExoSimulator again = start(faults)) {
            assertEquals(first, statuses(again, 40, (String) again.tenant().mailboxes().state(0).get("Name")),
                    "same seed, same fault sequence");
        }
        try (ExoSimulator other = start(Faults.builder().seed(78).throttle(0.3, "2.5").build())) {
            assertNotEquals(first, statuses(other, 40, (String) other.tenant().mailboxes().state(0).get("Name")));
        }
    }

    @Test
    void serverErrorsAreTransientAndApplyNothing() {
        try (ExoSimulator exo = start(Faults.builder().seed(5).serverErrors(0.25, 500).build())) {
            String name = (String) exo.tenant().mailboxes().state(1).get("Name");
            List<Integer> statuses = statuses(exo, 40, name);
            long failed = statuses.stream().filter(s -> s == 500).count();
            assertTrue(failed > 0, statuses.toString());
            assertEquals(40 - failed, exo.counters().applied("Set-Mailbox", name));
            SimClient client = new SimClient(exo, "T");
            SimClient.Reply reply;
            do {
                reply = client.invoke("Get-Mailbox", "{\"ResultSize\":1}");
            } while (reply.status() != 500);
            assertEquals("Microsoft.Exchange.Data.Directory.ADTransientException",
                    reply.error().path("innererror").path("type").asText());
            assertEquals("ADTransientException", reply.raw().headers().firstValue("X-ExceptionType").orElseThrow());
        }
        try (ExoSimulator exo = start(Faults.builder().seed(5).serverErrors(1, 503).build())) {
            assertEquals(503, new SimClient(exo, "T").invoke("Get-Mailbox", "{}").status());
        }
    }

    @Test
    void resetsDropTheConnectionAndApplyNothing() {
        try (ExoSimulator exo = start(Faults.builder().seed(1).resets(1).build())) {
            SimClient client = new SimClient(exo, "T");
            String name = (String) exo.tenant().mailboxes().state(2).get("Name");
            assertThrows(java.io.UncheckedIOException.class, () -> client.invoke("Set-Mailbox",
                    "{\"Identity\":\"" + name + "\",\"CustomAttribute1\":\"x\"}"));
            assertEquals(0, exo.counters().applied("Set-Mailbox"));
            assertTrue(exo.counters().faults(FaultKind.RESET) >= 1);
        }
    }

    @Test
    void aResetAfterApplyLosesTheAnswerButKeepsTheChange() {
        try (ExoSimulator exo = start(Faults.builder().seed(1).resetsAfterApply(1).build())) {
            SimClient client = new SimClient(exo, "T");
            String name = (String) exo.tenant().mailboxes().state(3).get("Name");
            assertThrows(java.io.UncheckedIOException.class, () -> client.invoke("Set-Mailbox",
                    "{\"Identity\":\"" + name + "\",\"CustomAttribute1\":\"x\"}"));
            assertEquals(1, exo.counters().applied("Set-Mailbox", name), "the change happened");
            assertEquals("x", exo.tenant().mailboxes().state(3).get("CustomAttribute1"));
            assertEquals(1, exo.counters().faults(FaultKind.RESET_AFTER_APPLY));
        }
    }

    @Test
    void slowBodiesArriveWholeAndLatencyIsAdded() {
        Faults faults = Faults.builder().seed(3).slowBodies(1, 100, Duration.ofMillis(1))
                .latency(Duration.ofMillis(5), Duration.ofMillis(5)).build();
        try (ExoSimulator exo = start(faults)) {
            SimClient.Reply reply = new SimClient(exo, "T").invoke("Get-Mailbox", "{\"ResultSize\":20}");
            assertEquals(200, reply.status());
            assertEquals(20, reply.value().size());
            assertEquals(1, exo.counters().faults(FaultKind.SLOW_BODY));
            assertEquals(1, exo.counters().faults(FaultKind.LATENCY));
        }
    }

    @Test
    void faultPlansArePureFunctionsOfSeedAndArrivalNumber() {
        Faults faults = Faults.builder().seed(99).throttle(0.2, "1").serverErrors(0.1, 500).resets(0.05)
                .slowBodies(0.1, 64, Duration.ZERO).latency(Duration.ofMillis(10), Duration.ofMillis(30)).build();
        var a = new dev.exobindings.simulator.http.FaultInjector(faults);
        var b = new dev.exobindings.simulator.http.FaultInjector(faults);
        for (int i = 0; i < 200; i++) {
            assertEquals(a.next(), b.next());
        }
        long resets = 0;
        for (int i = 0; i < 2000; i++) {
            var plan = a.plan(i);
            assertTrue(plan.latencyMillis() >= 10 && plan.latencyMillis() <= 40);
            resets += plan.failure() == FaultKind.RESET ? 1 : 0;
        }
        assertTrue(resets > 50 && resets < 150, "about 5% of 2000: " + resets);
    }

    @Test
    void callsAboveTheConcurrencyLimitGetThePlainText429() throws Exception {
        Faults faults = Faults.builder().concurrencyLimit(2).latency(Duration.ofMillis(300), Duration.ZERO).build();
        try (ExoSimulator exo = start(faults)) {
            SimClient client = new SimClient(exo, "T");
            ExecutorService pool = Executors.newFixedThreadPool(6);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return client.http().send(HttpRequest.newBuilder(exo.invokeCommandUri())
                            .header("Authorization", "Bearer T")
                            .POST(HttpRequest.BodyPublishers.ofString(SimClient.body("Get-Mailbox", "{}"))).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
            int limited = 0;
            for (Future<HttpResponse<String>> future : futures) {
                HttpResponse<String> response = future.get();
                if (response.statusCode() == 429) {
                    limited++;
                    assertEquals("You have reached the maximum number of concurrent requests per tenant. Please wait"
                            + " and try again.", response.body());
                    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
                    assertTrue(response.headers().firstValue("Retry-After").isPresent());
                }
            }
            pool.shutdown();
            assertTrue(limited >= 1 && limited <= 4, "limited " + limited);
            assertEquals(limited, exo.counters().faults(FaultKind.CONCURRENCY));
        }
    }
}
