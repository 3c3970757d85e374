package dev.exobindings.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.diff.SnapshotDiffer;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.auth.Credentials;
import dev.exobindings.runtime.cloud.Service;
import dev.exobindings.runtime.host.RegionalHostRules;
import dev.exobindings.simulator.ExoSimulator;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Capture against Security &amp; Compliance: the runtime discovers the regional host through the front door's
 * redirect (the same bootstrap), then capture downloads the module text and {@code $metadata} from that host.
 */
class ComplianceCaptureTest {

    @Test
    void capturesTheComplianceModuleFromTheDiscoveredRegionalHost() {
        Snapshot compliance = BundledSnapshots.securityCompliance();
        try (ExoSimulator scc = ExoSimulator.builder().securityCompliance().token("T").build().start();
             ExchangeClient client = ExchangeClient.builder().tenant("contoso.onmicrosoft.com")
                     .service(Service.SECURITY_COMPLIANCE)
                     .regionalHosts(RegionalHostRules.loopback(scc.baseUri(), ExoSimulator.locationPort(),
                             scc.regionalBaseUri().getPort()))
                     .tokenProvider(r -> new AccessToken("T", Instant.MAX)).build()) {
            URI regional = client.serviceHost();
            assertEquals(scc.regionalBaseUri(), regional);
            assertEquals(1, scc.bootstraps());

            CaptureResult result = Capture.builder().tenant("contoso.onmicrosoft.com").endpoint(regional)
                    .credentials(SimTokens.of("T")).docsSnapshot(compliance).snapshotName("contoso-scc").run();

            Set<String> expected = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            compliance.cmdlets().stream().map(Cmdlet::name).forEach(expected::add);
            Set<String> captured = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            result.snapshot().cmdlets().stream().map(Cmdlet::name).forEach(captured::add);
            assertEquals(expected, captured);
            assertTrue(result.snapshot().cmdlet("New-ComplianceSearch").orElseThrow().parameter("Name").isPresent());
            assertEquals(1, scc.bootstraps(), "capture used the discovered host, not the front door");
            // so a capture of the service the bundled snapshot describes is, for diff, that snapshot; this includes
            // Get-OrganizationSegment's set OrganizationSegmentsDefault, which no parameter belongs to and which the
            // text can only name as DefaultParameterSetName
            List<String> rows = SnapshotDiffer.diff(compliance, result.snapshot()).rows().stream()
                    .map(r -> r.cmdlet() + " " + r.set() + " " + r.kind()).toList();
            assertEquals(List.of(), rows);
            assertEquals(List.of("OrganizationSegmentsDefault", "Identity"),
                    result.snapshot().cmdlet("Get-OrganizationSegment").orElseThrow().parameterSets());
        }
    }

    /**
     * {@code service(SECURITY_COMPLIANCE)} alone: the capture signs in with the compliance scope, finds the regional
     * host through the front door as the client does, and merges with the bundled Security &amp; Compliance docs.
     */
    @Test
    void theComplianceServiceDiscoversItsHostAndSignsInWithItsOwnScope() {
        List<String> scopes = new java.util.ArrayList<>();
        Credentials recording = context -> request -> {
            scopes.add(context.scope() + " " + request.scope());
            return new AccessToken("T", Instant.MAX);
        };
        try (ExoSimulator scc = ExoSimulator.builder().securityCompliance().token("T").build().start()) {
            CaptureResult result = Capture.builder().tenant("contoso.onmicrosoft.com")
                    .service(Service.SECURITY_COMPLIANCE)
                    .regionalHosts(RegionalHostRules.loopback(scc.baseUri(), ExoSimulator.locationPort(),
                            scc.regionalBaseUri().getPort()))
                    .credentials(recording).run();
            assertEquals(List.of("https://ps.compliance.protection.outlook.com/.default"
                    + " https://ps.compliance.protection.outlook.com/.default"), scopes, "one sign-in, compliance scope");
            assertEquals(1, scc.bootstraps(), "discovery asked the front door once");
            assertEquals(scc.regionalBaseUri().getPort(), result.download().moduleUri().getPort(),
                    "the module came from the regional host");
            assertEquals("security-compliance-capture", result.snapshot().header().name());
            assertEquals(Product.SECURITY_COMPLIANCE, result.snapshot().header().product());
            assertEquals(List.of(), SnapshotDiffer.diff(BundledSnapshots.securityCompliance(), result.snapshot())
                    .rows(), "merged with the bundled Security & Compliance docs");
        }
    }

    @Test
    void aRefusedDiscoveryIsOneCaptureFailureThatNamesTheFix() {
        try (ExoSimulator scc = ExoSimulator.builder().securityCompliance().token("other").build().start()) {
            CaptureException e = assertThrows(CaptureException.class, () -> Capture.builder()
                    .tenant("contoso.onmicrosoft.com").service(Service.SECURITY_COMPLIANCE)
                    .regionalHosts(RegionalHostRules.loopback(scc.baseUri(), ExoSimulator.locationPort(),
                            scc.regionalBaseUri().getPort()))
                    .credentials(SimTokens.of("T")).run());
            assertEquals(CaptureException.Kind.UNAUTHORIZED, e.kind());
            assertTrue(e.getMessage().startsWith("Security & Compliance host discovery failed: GET "), e.getMessage());
            assertTrue(e.getMessage().contains("not for Security & Compliance (its scope is the cloud's"
                    + " ps.compliance.protection host); sign in again."), e.getMessage());
        }
    }

    @Test
    void aDocsSnapshotOfTheOtherProductIsRefusedBeforeAnythingIsSent() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Capture.builder()
                .tenant("contoso.onmicrosoft.com").service(Service.SECURITY_COMPLIANCE)
                .docsSnapshot(BundledSnapshots.exchangeOnline()).credentials(SimTokens.of("T"))
                .endpoint(URI.create("http://127.0.0.1:9")).run());
        assertTrue(e.getMessage().startsWith("Capture.builder().docsSnapshot(…) is a EXCHANGE_ONLINE snapshot, but the"
                + " service captured is SECURITY_COMPLIANCE"), e.getMessage());
    }

    /** The endpoint decides which module text comes back; the service named decides what the snapshot says it is. */
    @Test
    void aModuleOfTheOtherProductIsRefusedNamingTheServiceToCaptureItAs(@org.junit.jupiter.api.io.TempDir
                                                                          java.nio.file.Path out) throws Exception {
        try (ExoSimulator scc = ExoSimulator.builder().securityCompliance().token("T").build().start();
             ExoSimulator exo = ExoSimulator.builder().mailboxes(0).token("T").build().start()) {
            CaptureException asExchange = assertThrows(CaptureException.class, () -> Capture.builder()
                    .tenant("contoso.onmicrosoft.com").endpoint(scc.regionalBaseUri()).credentials(SimTokens.of("T"))
                    .outputDirectory(out).run());
            assertTrue(asExchange.getMessage().startsWith("The module text holds security-compliance cmdlets, not"
                    + " exchange-online ones: "), asExchange.getMessage());
            assertTrue(asExchange.getMessage().contains("(--service security-compliance on the command line"),
                    asExchange.getMessage());
            CaptureException asCompliance = assertThrows(CaptureException.class, () -> Capture.builder()
                    .tenant("contoso.onmicrosoft.com").service(Service.SECURITY_COMPLIANCE).endpoint(exo.baseUri())
                    .credentials(SimTokens.of("T")).outputDirectory(out).run());
            assertTrue(asCompliance.getMessage().startsWith("The module text holds exchange-online cmdlets, not"
                    + " security-compliance ones: "), asCompliance.getMessage());
        }
        try (var files = java.nio.file.Files.list(out)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }
}
