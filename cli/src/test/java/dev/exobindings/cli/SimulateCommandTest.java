package dev.exobindings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.runtime.CmdletRequest;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.InvokeResult;
import dev.exobindings.runtime.auth.StaticCredentials;
import dev.exobindings.runtime.cloud.Service;
import dev.exobindings.runtime.host.RegionalHostRules;
import dev.exobindings.runtime.error.ParameterBindingException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator as a process: what it prints is enough for the runtime client to connect. */
class SimulateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsBaseUriAndATokenTheRuntimeAcceptsAndServesCountersAndJournal() throws Exception {
        Running sim = Running.start("--mailboxes", "50", "--seed", "3", "--faults", "latency=1:1,seed=2");
        Map<String, String> printed = sim.awaitReady();
        try {
            URI base = URI.create(printed.get("base-uri"));
            assertEquals("127.0.0.1", base.getHost());
            try (ExchangeClient exo = ExchangeClient.builder().tenant(printed.get("tenant")).endpoint(base)
                    .credentials(StaticCredentials.token(printed.get("token"))).build()) {
                InvokeResult mailboxes = exo.invoke(CmdletRequest.of("Get-Mailbox").param("ResultSize", 5));
                assertEquals(5, mailboxes.rows().size());
                assertThrows(ParameterBindingException.class,
                        () -> exo.invoke(CmdletRequest.of("Set-Mailbox").param("Identity", "x").param("Type", "Sharedd")));
            }
            HttpClient http = HttpClient.newHttpClient();
            JsonNode counters = get(http, URI.create(printed.get("counters")));
            assertEquals(2, counters.path("invoke").asLong(), counters.toString());
            assertEquals(1, counters.path("invoke.status.400").asLong(), counters.toString());
            JsonNode journal = get(http, URI.create(printed.get("journal")));
            assertEquals("Get-Mailbox", journal.get(0).path("cmdlet").asText());
            assertEquals("Sharedd", journal.get(1).path("parameters").path("Type").asText());
            http.send(HttpRequest.newBuilder(URI.create(base + "/_sim/reset")).POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(0, get(http, URI.create(printed.get("journal"))).size());
        } finally {
            sim.stop().countDown();
        }
        assertEquals(ExoBindingsCli.OK, sim.exit().get(30, TimeUnit.SECONDS), sim.err().toString());
    }

    /** The client the ready line describes finds the regional host through the printed front door. */
    @Test
    void securityComplianceServesAFrontDoorTheClientDiscoversItsRegionalHostThrough() throws Exception {
        Running sim = Running.start("--mailboxes", "0", "--service", "security-compliance");
        Map<String, String> printed = sim.awaitReady();
        try {
            URI frontDoor = URI.create(printed.get("base-uri"));
            URI regional = URI.create(printed.get("regional-uri"));
            assertEquals("ExchangeClient.builder().tenant(\"" + printed.get("tenant") + "\")"
                    + ".service(Service.SECURITY_COMPLIANCE).regionalHosts(RegionalHostRules.loopback(URI.create(\""
                    + frontDoor + "\"), 446, " + regional.getPort() + ")).credentials(StaticCredentials.token(<token>));"
                    + " Ctrl-C stops", printed.get("ready"));
            try (ExchangeClient scc = ExchangeClient.builder().tenant(printed.get("tenant"))
                    .service(Service.SECURITY_COMPLIANCE)
                    .regionalHosts(RegionalHostRules.loopback(frontDoor, 446, regional.getPort()))
                    .credentials(StaticCredentials.token(printed.get("token"))).build()) {
                assertEquals(regional, scc.serviceHost());
                // a Security & Compliance cmdlet answered by the regional host (a failure would throw)
                scc.invoke(CmdletRequest.of("Get-ComplianceSearch"));
            }
        } finally {
            sim.stop().countDown();
        }
        assertEquals(ExoBindingsCli.OK, sim.exit().get(30, TimeUnit.SECONDS), sim.err().toString());

        CliRun mixed = CliRun.of("simulate", "--port", "0", "--service", "security-compliance", "--snapshot",
                "exchange-online");
        assertEquals(ExoBindingsCli.USAGE, mixed.code(), mixed.err());
        assertTrue(mixed.err().contains("--snapshot exchange-online describes exchange-online, not the --service"
                + " security-compliance"), mixed.err());
    }

    /** Without --service, a Security & Compliance snapshot is served as that service is: behind its front door. */
    @Test
    void aComplianceSnapshotWithoutServiceIsServedAsSecurityCompliance() throws Exception {
        Running sim = Running.start("--mailboxes", "0", "--snapshot", "security-compliance");
        Map<String, String> printed = sim.awaitReady();
        try {
            assertTrue(printed.containsKey("regional-uri"), printed.toString());
            assertTrue(printed.get("ready").contains(".service(Service.SECURITY_COMPLIANCE)"), printed.get("ready"));
        } finally {
            sim.stop().countDown();
        }
        assertEquals(ExoBindingsCli.OK, sim.exit().get(30, TimeUnit.SECONDS), sim.err().toString());
    }

    @Test
    void aTakenPortIsAFailureNamingTheFix() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("simulate", "--port", String.valueOf(taken.getLocalPort()), "--mailboxes", "1");
            assertEquals(ExoBindingsCli.FAILURE, run.code());
            assertTrue(run.err().contains("--port 0"), run.err());
            assertTrue(!run.hasStackTrace());
        }
    }

    @Test
    void aBadFaultSpecIsAUsageErrorNamingTheItem() {
        CliRun run = CliRun.of("simulate", "--port", "0", "--faults", "throttle=0.1,error=0.2:502");
        assertEquals(ExoBindingsCli.USAGE, run.code());
        assertTrue(run.err().contains("item 'error=0.2:502': the 5xx kind is 500 or 503"), run.err());
    }

    @Test
    void anOutOfRangePortOrMailboxCountIsAUsageError() {
        CliRun port = CliRun.of("simulate", "--port", "99999");
        assertEquals(ExoBindingsCli.USAGE, port.code());
        assertTrue(port.err().contains("--port must be 0..65535, got 99999"), port.err());
        CliRun mailboxes = CliRun.of("simulate", "--port", "0", "--mailboxes", "-1");
        assertEquals(ExoBindingsCli.USAGE, mailboxes.code());
        assertTrue(mailboxes.err().contains("--mailboxes must be 0..1000000, got -1"), mailboxes.err());
    }

    @Test
    void aTenantThatIsNoDomainIsAUsageErrorNamingIt() {
        CliRun run = CliRun.of("simulate", "--port", "0", "--tenant", "not a tenant");
        assertEquals(ExoBindingsCli.USAGE, run.code(), run.err());
        assertTrue(run.err().contains("--tenant: tenant 'not a tenant' is not valid: 'not a tenant' is not a DNS label"),
                run.err());
        assertTrue(run.err().contains("contoso.onmicrosoft.com"), run.err());
        assertTrue(!run.hasStackTrace());
    }

    @Test
    void aMisspeltOrEmptyAllowListABlankTokenOrABadDurationIsAUsageError() {
        CliRun misspelt = CliRun.of("simulate", "--port", "0", "--allow", "get-mailbox,Get-Mailboxx,Set-Nothing");
        assertEquals(ExoBindingsCli.USAGE, misspelt.code(), misspelt.err());
        assertTrue(misspelt.err().contains("--allow: Get-Mailboxx, Set-Nothing are not cmdlets of "
                + "bundled:exchange-online"), misspelt.err());
        CliRun clientSide = CliRun.of("simulate", "--port", "0", "--allow", "Get-Mailbox,Get-EXOMailbox");
        assertEquals(ExoBindingsCli.USAGE, clientSide.code(), clientSide.err());
        assertTrue(clientSide.err().contains("--allow: Get-EXOMailbox runs on the client"), clientSide.err());
        CliRun empty = CliRun.of("simulate", "--port", "0", "--allow", ",");
        assertEquals(ExoBindingsCli.USAGE, empty.code(), empty.err());
        assertTrue(empty.err().contains("--allow names no cmdlet"), empty.err());
        CliRun blankToken = CliRun.of("simulate", "--port", "0", "--token=");
        assertEquals(ExoBindingsCli.USAGE, blankToken.code(), blankToken.err());
        assertTrue(blankToken.err().contains("--token must not be blank"), blankToken.err());
        CliRun duration = CliRun.of("simulate", "--port", "0", "--stop-after", "10 minutes");
        assertEquals(ExoBindingsCli.USAGE, duration.code(), duration.err());
        assertTrue(duration.err().contains("'10 minutes' is not an ISO-8601 duration; write e.g. PT10M"),
                duration.err());
        CliRun negative = CliRun.of("simulate", "--port", "0", "--stop-after", "-PT1S");
        assertEquals(ExoBindingsCli.USAGE, negative.code(), negative.err());
        assertTrue(negative.err().contains("--stop-after must not be negative"), negative.err());
        for (CliRun run : List.of(misspelt, empty, blankToken, duration, negative)) {
            assertTrue(!run.hasStackTrace() && !run.out().contains("base-uri"), run.err());
        }
    }

    /** {@code simulate --port 0 …} running in the background until {@link #stop()} is counted down. */
    private record Running(CountDownLatch stop, StringWriter out, StringWriter err, CompletableFuture<Integer> exit) {
        static Running start(String... options) {
            CountDownLatch stop = new CountDownLatch(1);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            java.util.List<String> args = new java.util.ArrayList<>(List.of("simulate", "--port", "0"));
            args.addAll(List.of(options));
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> ExoBindingsCli.run(
                    new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), stop),
                    args.toArray(String[]::new)));
            return new Running(stop, out, err, exit);
        }

        Map<String, String> awaitReady() throws Exception {
            return SimulateCommandTest.awaitReady(out, exit);
        }
    }

    private static Map<String, String> awaitReady(StringWriter out, CompletableFuture<Integer> exit) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!out.toString().contains("ready: ")) {
            if (exit.isDone()) {
                throw new AssertionError("simulate ended early with " + exit.get() + ": " + out);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("simulate printed no ready line: " + out);
            }
            Thread.sleep(20);
        }
        Map<String, String> printed = new LinkedHashMap<>();
        for (String line : out.toString().split("\\R")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                printed.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return printed;
    }

    private static JsonNode get(HttpClient http, URI uri) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
