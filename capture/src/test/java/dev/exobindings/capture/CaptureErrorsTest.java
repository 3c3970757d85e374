package dev.exobindings.capture;

import dev.exobindings.capture.CaptureException.Kind;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.runtime.auth.AuthenticationFailedException;
import dev.exobindings.runtime.auth.Credentials;
import dev.exobindings.simulator.ExoSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One clear message per failure, no secret in it, and nothing written. */
class CaptureErrorsTest {
    private static final String SECRET_TOKEN = "secret-token-value-123";

    @TempDir
    Path out;

    private CaptureException failing(Capture.Builder builder) {
        CaptureException e = assertThrows(CaptureException.class, () -> builder.outputDirectory(out).run());
        assertFalse(e.getMessage().contains(SECRET_TOKEN), e.getMessage());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count(), "nothing is written when the capture fails");
        } catch (IOException io) {
            throw new AssertionError(io);
        }
        return e;
    }

    @Test
    void aTokenTheServiceRefusesIsUnauthorized() {
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(0).token("T").build().start()) {
            CaptureException e = failing(Capture.builder().tenant("contoso.onmicrosoft.com").endpoint(exo.baseUri())
                    .credentials(SimTokens.of(SECRET_TOKEN)));
            assertEquals(Kind.UNAUTHORIZED, e.kind());
            assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains("contoso.onmicrosoft.com"),
                    e.getMessage());
        }
    }

    @Test
    void anAccountWithoutAnyExchangeRoleIsForbidden() {
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(0).role(SECRET_TOKEN, Set.of()).build().start()) {
            CaptureException e = failing(Capture.builder().tenant("contoso.onmicrosoft.com").endpoint(exo.baseUri())
                    .credentials(SimTokens.of(SECRET_TOKEN)));
            assertEquals(Kind.FORBIDDEN, e.kind());
            assertTrue(e.getMessage().contains("HTTP 403") && e.getMessage().contains("Exchange role"), e.getMessage());
        }
    }

    @Test
    void aTenantThatDoesNotExistIsNamed() {
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(0).token("T").build().start()) {
            CaptureException e = failing(Capture.builder().tenant("fabrikam.onmicrosoft.com").endpoint(exo.baseUri())
                    .credentials(SimTokens.of("T")));
            assertEquals(Kind.UNKNOWN_TENANT, e.kind());
            assertTrue(e.getMessage().startsWith("Tenant 'fabrikam.onmicrosoft.com' does not exist"), e.getMessage());
        }
    }

    @Test
    void aTenantTheLoginAuthorityDoesNotKnowIsNamedToo() {
        Credentials unknown = context -> request -> {
            throw new AuthenticationFailedException("AADSTS90002: Tenant 'nowhere.example' not found.");
        };
        CaptureException e = failing(Capture.builder().tenant("nowhere.example")
                .endpoint(java.net.URI.create("http://127.0.0.1:9")).credentials(unknown));
        assertEquals(Kind.UNKNOWN_TENANT, e.kind());
        assertTrue(e.getMessage().contains("'nowhere.example' does not exist"), e.getMessage());
    }

    @Test
    void aTenantThatIsNoDomainNorGuidIsRefusedBeforeAnyCall() {
        for (String tenant : new String[] {"not a tenant", "https://contoso.onmicrosoft.com", "contoso/x", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Capture.builder().tenant(tenant));
            assertTrue(e.getMessage().contains("is not valid") && e.getMessage().endsWith(
                    "Use the tenant's domain (contoso.onmicrosoft.com) or its tenant id GUID "
                    + "(Capture.builder().tenant(…))"), e.getMessage());
        }
    }

    @Test
    void anEndlessAnswerIsCutAtTheCapAndNamed() throws IOException {
        HttpServer endless = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicLong sent = new AtomicLong();
        endless.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked, no length: it never ends on its own
            byte[] chunk = new byte[1 << 20];
            try (OutputStream body = exchange.getResponseBody()) {
                while (sent.get() < (1L << 40)) {
                    body.write(chunk);
                    sent.addAndGet(chunk.length);
                }
            } catch (IOException clientWentAway) {
                // expected: the capture stops reading at its cap
            }
        });
        endless.start();
        try {
            CaptureException e = failing(Capture.builder().tenant("contoso.onmicrosoft.com")
                    .endpoint(URI.create("http://127.0.0.1:" + endless.getAddress().getPort()))
                    .credentials(SimTokens.of("T")));
            assertEquals(Kind.SERVICE, e.kind());
            assertTrue(e.getMessage().contains("the module file (EXOModuleFile) from http://127.0.0.1:"), e.getMessage());
            assertTrue(e.getMessage().contains("is larger than 64 MiB"), e.getMessage());
            assertTrue(sent.get() < (1L << 30), "stopped near the cap, not after " + sent.get() + " bytes");
        } finally {
            endless.stop(0);
        }
    }

    @Test
    void aRedirectIsNotFollowedAndAnHttpClientThatWouldFollowItIsRefused() throws IOException {
        AtomicInteger elsewhereCalls = new AtomicInteger();
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext("/", exchange -> {
            elsewhereCalls.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        elsewhere.start();
        HttpServer service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + elsewhere.getAddress().getPort()
                    + exchange.getRequestURI());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        service.start();
        try {
            CaptureException e = failing(Capture.builder().tenant("contoso.onmicrosoft.com")
                    .endpoint(URI.create("http://127.0.0.1:" + service.getAddress().getPort()))
                    .credentials(SimTokens.of(SECRET_TOKEN)));
            assertTrue(e.getMessage().contains("HTTP 302"), e.getMessage());
            assertTrue(e.getMessage().contains("a redirect to http://127.0.0.1:" + elsewhere.getAddress().getPort()
                    + ": the endpoint is a front door"), e.getMessage());
            assertTrue(e.getMessage().contains("Fix: give that host as the endpoint"), e.getMessage());
            assertFalse(e.getMessage().contains("/adminapi/"), "only the host of the Location: " + e.getMessage());
            assertEquals(0, elsewhereCalls.get(), "the token went to the redirect's host");
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Capture.builder()
                    .httpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()));
            assertTrue(refused.getMessage().contains("Fix: build it with .followRedirects(HttpClient.Redirect.NEVER)"),
                    refused.getMessage());
        } finally {
            service.stop(0);
            elsewhere.stop(0);
        }
    }

    @Test
    void anAnswerWithoutAModuleSaysSo() throws IOException {
        for (String body : new String[] {"{\"value\":[]}", "{\"value\":[{\"fileName\":\"x.psm1\",\"fileContent\":\"\"}]}",
                "<html>sign-in page</html>"}) {
            try (FakeService service = new FakeService(200, body)) {
                CaptureException e = failing(Capture.builder().tenant("contoso.onmicrosoft.com")
                        .endpoint(service.baseUri()).credentials(SimTokens.of("T")));
                assertEquals(Kind.NO_MODULE, e.kind(), body);
                assertTrue(e.getMessage().contains("holds no module text"), e.getMessage());
            }
        }
    }

    @Test
    void aModuleTextThatCannotBeParsedNamesLineAndColumn() throws IOException {
        String module = "# .ExternalHelp x.xml\\nfunction script:Get-Thing\\n{\\n    [CmdletBinding()]\\n"
                + "    param([Parameter(Mandatory=$maybe)] ${Identity})\\n}\\n";
        try (FakeService service = new FakeService(200, "{\"value\":[{\"fileName\":\"ExchangeOnline.psm1\","
                + "\"fileContent\":\"" + module.replace("$", "$") + "\"}]}")) {
            CaptureException e = failing(Capture.builder().tenant("contoso.onmicrosoft.com")
                    .endpoint(service.baseUri()).credentials(SimTokens.of("T")));
            assertEquals(Kind.UNPARSABLE_MODULE, e.kind());
            // a downloaded text is not a file: its place is spelled out, not written like a port (":5:3")
            assertTrue(e.getMessage().contains("ExchangeOnline.psm1 of tenant contoso.onmicrosoft.com at 127.0.0.1, line 5,"
                    + " column "),
                    e.getMessage());
        }
    }

    /** The timeout bounds the whole answer: headers at once, then a body trickled for a minute, cannot hold it. */
    @Test
    void aModuleFileWhoseBodyStallsFailsWithinTheTimeout() throws Exception {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        HttpServer service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        service.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 60);
            try (java.io.OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 60 && done.getCount() > 0; i++) {
                    body.write('{');
                    body.flush();
                    done.await(1, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (IOException | InterruptedException gone) {
                // the client gave up: what the test wants
            }
        });
        service.start();
        long start = System.nanoTime();
        try {
            CaptureException e = assertThrows(CaptureException.class, () -> Capture.builder()
                    .tenant("contoso.onmicrosoft.com").endpoint(URI.create("http://127.0.0.1:"
                            + service.getAddress().getPort())).credentials(SimTokens.of("T"))
                    .timeout(java.time.Duration.ofSeconds(1)).outputDirectory(out).run());
            assertEquals(Kind.SERVICE, e.kind());
            assertTrue(e.getMessage().contains("no complete answer within PT1S"), e.getMessage());
        } finally {
            done.countDown();
            service.stop(0);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(seconds < 20, "took " + seconds + " s; the body would have taken 60 s");
    }

    @Test
    void anOutputThatIsAFileFailsBeforeAnythingIsDownloaded() throws IOException {
        Path file = Files.writeString(out.resolve("admin.ps1"), "Get-Mailbox");
        try (FakeService service = new FakeService(200, "{}")) {
            CaptureException e = assertThrows(CaptureException.class, () -> Capture.builder()
                    .tenant("contoso.onmicrosoft.com").endpoint(service.baseUri()).credentials(SimTokens.of("T"))
                    .outputDirectory(file).run());
            assertEquals(Kind.OUTPUT, e.kind());
            assertTrue(e.getMessage().contains(file + " is a file, not a folder; nothing was downloaded"),
                    e.getMessage());
            assertEquals(0, service.requests(), "nothing was asked of the service");
        }
        assertEquals("Get-Mailbox", Files.readString(file));
    }

    @Test
    void theSixFilesAreReplacedTogetherOrNotAtAll() throws IOException {
        Path json = Files.writeString(out.resolve("exchange-online-capture.json"), "an earlier capture");
        Files.createDirectories(out.resolve("exchange-online-capture.psm1").resolve("in-the-way"));
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(0).token("ADMIN")
                .role("HELPDESK", Set.of("Get-Mailbox")).build().start()) {
            CaptureException e = assertThrows(CaptureException.class, () -> Capture.builder()
                    .tenant("contoso.onmicrosoft.com").endpoint(exo.baseUri()).credentials(SimTokens.of("HELPDESK"))
                    .outputDirectory(out).run());
            assertEquals(Kind.OUTPUT, e.kind());
            assertTrue(e.getMessage().contains("No file was replaced"), e.getMessage());
            assertTrue(e.getMessage().contains("Fix: move or rename the folder "
                    + out.resolve("exchange-online-capture.psm1").toAbsolutePath()), e.getMessage());
            assertFalse(e.getMessage().contains("run it again"), "running it again fails the same way");
        }
        assertEquals("an earlier capture", Files.readString(json), "the earlier capture's files stay together");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("exchange-online-capture.json", "exchange-online-capture.psm1"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no new or temporary file");
        }
    }

    @Test
    void aRestrictedRoleSeesFewerCmdletsAndTheReportSaysSo() {
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(0).token("ADMIN")
                .role("HELPDESK", Set.of("Get-Mailbox", "Get-User", "Set-User")).build().start()) {
            CaptureResult full = Capture.builder().tenant("contoso.onmicrosoft.com").endpoint(exo.baseUri())
                    .credentials(SimTokens.of("ADMIN")).run();
            CaptureResult trimmed = Capture.builder().tenant("contoso.onmicrosoft.com").endpoint(exo.baseUri())
                    .credentials(SimTokens.of("HELPDESK")).run();
            // the role's three, plus the module's client-side cmdlets, which no role trims
            int clientSide = trimmed.report().clientSide().size();
            assertEquals(35, clientSide);
            assertEquals(3 + clientSide, trimmed.snapshot().cmdlets().size());
            assertEquals(clientSide, full.report().clientSide().size());
            assertTrue(full.snapshot().cmdlets().size() > 800, String.valueOf(full.snapshot().cmdlets().size()));
            long documented = dev.exobindings.metadata.BundledSnapshots.exchangeOnline().cmdlets().stream()
                    .filter(c -> c.sources().contains(SourceKind.DOCS)).count();
            assertEquals(documented - 3 - clientSide, trimmed.report().absentFromCapture().size());
            assertFalse(trimmed.report().absentFromCapture().contains("Connect-ExchangeOnline"));
            assertTrue(trimmed.report().absentFromCapture().contains("Set-Mailbox"));
            assertTrue(trimmed.report().toText().contains("trimmed to the caller's roles (RBAC)"));
        }
    }
}
