package dev.exobindings.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.diff.SnapshotDiffer;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.auth.AccessToken;
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
}
