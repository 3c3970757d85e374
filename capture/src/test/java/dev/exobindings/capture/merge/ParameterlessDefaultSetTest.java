package dev.exobindings.capture.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.exobindings.capture.psm1.ModuleParser;
import dev.exobindings.capture.psm1.SourceText;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.io.SnapshotWriter;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A module text without the module's constants (a text the parser reads, but older or trimmed), for a cmdlet whose
 * default set has no parameter (Security &amp; Compliance's Get-OrganizationSegment:
 * {@code DefaultParameterSetName='OrganizationSegmentsDefault'}, and {@code -Identity} in set Identity alone). The
 * capture lists the set, as the bundled snapshot does, drops it as the default (the snapshot format lets no
 * parameterless set be one), and its snapshot is valid.
 */
class ParameterlessDefaultSetTest {

    @Test
    void aParameterlessDefaultSetIsKeptAsASetAndTheSnapshotIsValid() {
        String text = """
                # .ExternalHelp Microsoft.Exchange.Example-Help.xml
                function script:Get-OrganizationSegment
                {
                    [CmdletBinding(DefaultParameterSetName='OrganizationSegmentsDefault')]
                    param(
                    [Parameter(ParameterSetName='Identity', Position=0)]
                    [string]
                    ${Identity}
                    )
                    Begin { Open-ProxyBatch -EnableBatchingStatus:$false }
                    Process { Execute-Command -CmdletName 'Get-OrganizationSegment' -Parameters $PSBoundParameters }
                }
                """;
        Snapshot bundled = BundledSnapshots.securityCompliance();
        List<Cmdlet> captured = ProxyCatalog.cmdlets(ModuleParser.parse(new SourceText("scc.psm1", text)),
                Product.SECURITY_COMPLIANCE).cmdlets();
        CaptureMerger.CaptureMerge merge = CaptureMerger.merge("scc", Product.SECURITY_COMPLIANCE, "test", captured,
                List.of(bundled.cmdlet("Get-OrganizationSegment").orElseThrow()), List.of());

        Cmdlet kept = merge.cmdlets().get(0);
        Cmdlet expected = bundled.cmdlet("Get-OrganizationSegment").orElseThrow();
        assertEquals(expected.parameterSets(), kept.parameterSets());
        assertNull(kept.defaultParameterSet(), "the format lets no parameterless set be the default");
        // a text without the module's timeout constants (this one) gets the module default, not a NullPointerException
        assertEquals(CmdletTraits.DEFAULT_HTTP_TIMEOUT_SECONDS, kept.traits().httpTimeoutSeconds());
        Header h = bundled.header();
        SnapshotWriter.toJson(new Snapshot(new Header(h.formatVersion(), "scc", h.product(), h.captureDate(),
                h.sources(), Map.of()), List.of(kept))); // validates: a capture of the real text is a valid snapshot
    }
}
