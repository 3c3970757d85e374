package dev.exobindings.capture;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.io.SnapshotReader;
import dev.exobindings.metadata.traits.ModuleTraitsTable;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.RoutingKind;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.simulator.ExoSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bundled snapshot → simulator module text (with the snapshot's traits) → capture over loopback HTTP → snapshot:
 * every catalog-backed cmdlet comes back with the same structure and traits (a cmdlet whose bundled traits are unknown
 * is written with the simulator's defaults and must come back with exactly those).
 */
class RoundTripTest {

    private static long count(Snapshot snapshot, Predicate<CmdletTraits> test) {
        return snapshot.cmdlets().stream().filter(c -> c.traits() != null && test.test(c.traits())).count();
    }

    @Test
    void everyCatalogBackedCmdletComesBackIdenticalOverHttp(@TempDir Path out) throws Exception {
        Snapshot bundled = BundledSnapshots.exchangeOnline();
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(0).token("T").build().start()) {
            CaptureResult result = Capture.builder().tenant("contoso.onmicrosoft.com").endpoint(exo.baseUri())
                    .credentials(SimTokens.of("T")).snapshotName("contoso-capture")
                    .captureDate(LocalDate.of(2026, 12, 1)).outputDirectory(out).run();

            List<String> diffs = new ArrayList<>();
            int structures = 0;
            int withKnownTraits = 0;
            for (Cmdlet expected : bundled.cmdlets()) {
                if (!expected.sources().contains(SourceKind.CATALOG)) {
                    continue;
                }
                Cmdlet actual = result.snapshot().cmdlet(expected.name()).orElseThrow();
                diffs.addAll(StructureDiff.between(expected, actual));
                for (int i = 0; i < expected.parameters().size() && i < actual.parameters().size(); i++) {
                    Parameter e = expected.parameters().get(i);
                    Parameter a = actual.parameters().get(i);
                    // types: the docs' declared type comes back for documented parameters, the proxy's
                    // PowerShell-level type for the others, and the catalog's type where the proxy has none
                    if (!e.allowedValues().equals(a.allowedValues()) || e.valuesOrigin() != a.valuesOrigin()
                            || !Objects.equals(e.type(), a.type()) || e.multiValued() != a.multiValued()) {
                        diffs.add(expected.name() + " -" + e.name() + ": values/type " + e.type() + e.allowedValues()
                                + " vs " + a.type() + a.allowedValues());
                    }
                }
                structures++;
                CmdletTraits want = expected.traits() != null ? expected.traits()
                        : new CmdletTraits(expected.supportsShouldProcess(), null, true, null,
                        CmdletTraits.DEFAULT_HTTP_TIMEOUT_SECONDS);
                if (expected.traits() != null) {
                    withKnownTraits++;
                }
                if (!want.equals(actual.traits())) {
                    diffs.add(expected.name() + ": traits " + want + " vs " + actual.traits());
                }
                if (!want.equals(result.traits().get(expected.name()).toModel())) {
                    diffs.add(expected.name() + ": parsed traits " + result.traits().get(expected.name()));
                }
            }
            assertEquals(List.of(), diffs.subList(0, Math.min(diffs.size(), 15)), diffs.size() + " differences");
            assertEquals(825, structures, "catalog-backed cmdlets compared");
            assertEquals(761, withKnownTraits, "catalog-backed cmdlets whose bundled traits are known");
            assertEquals(bundled.cmdlets().size(), result.snapshot().cmdlets().size());
            assertEquals(List.of(), result.report().absentFromCapture());
            // the simulator, like the service, leaves the module's client-side cmdlets out of the text; the capture
            // keeps them as the docs snapshot has them instead of calling them absent
            assertTrue(result.module().proxies().stream().noneMatch(p -> p.name().equals("Connect-ExchangeOnline")));
            assertEquals(dev.exobindings.metadata.data.ClientSideCmdlets.all().keySet().stream()
                    .filter(name -> bundled.cmdlet(name).isPresent()).sorted().toList(),
                    result.report().clientSide().stream().sorted().toList());
            assertEquals(35, result.report().clientSide().size());
            // so a capture of the service the bundled snapshot describes is, for diff, that snapshot
            assertEquals(List.of(), dev.exobindings.metadata.diff.SnapshotDiffer.diff(bundled, result.snapshot())
                    .rows());
            for (String name : result.report().clientSide()) {
                assertEquals(bundled.cmdlet(name).orElseThrow(), result.snapshot().cmdlet(name).orElseThrow(), name);
            }
            assertEquals(16, result.traits().values().stream().filter(t -> t.routingParameter() != null).count());
            // the simulator, like the service, writes no type for these two parameters of catalog-only cmdlets
            assertEquals(List.of(
                    "New-DatabaseMaintenanceRequest -CallerData: untyped in the module text; type"
                            + " Dictionary[String,String] kept from the docs snapshot's catalog",
                    "Test-ClientAccessRule -RemoteAddress: untyped in the module text; type IPAddress kept from the"
                            + " docs snapshot's catalog"), result.report().typesFromDocsSnapshot());
            assertTrue(result.report().toText().contains("kept from the docs snapshot's catalog (2):"));
            assertTrue(result.provenance().contains(new dev.exobindings.capture.merge.Provenance(
                    "Test-ClientAccessRule", "RemoteAddress", "type", "docs-snapshot-catalog")));

            for (String file : List.of("contoso-capture.json", "contoso-capture.metadata.xml", "contoso-capture.psm1",
                    "contoso-capture.traits.tsv", "contoso-capture.provenance.tsv",
                    "contoso-capture.capture-report.txt")) {
                assertTrue(Files.size(out.resolve(file)) > 0, file);
            }
            assertEquals(dev.exobindings.metadata.BundledCsdl.exchangeOnline(),
                    Files.readString(out.resolve("contoso-capture.metadata.xml")));

            // the written snapshot file carries the same traits as the result, for every cmdlet
            Snapshot written = SnapshotReader.read(out.resolve("contoso-capture.json"));
            for (Cmdlet c : result.snapshot().cmdlets()) {
                assertEquals(c.traits(), written.cmdlet(c.name()).orElseThrow().traits(), c.name());
            }
            // the traits table written beside it reads back (as module-traits.tsv is read) to the same traits
            Map<String, CmdletTraits> table = ModuleTraitsTable.read(out.resolve("contoso-capture.traits.tsv"));
            for (Cmdlet c : result.snapshot().cmdlets()) {
                assertEquals(c.traits(), table.get(c.name()), c.name() + " in the traits table");
            }
            // the comparison above covers every kind of trait value, not only defaults
            assertEquals(count(bundled, t -> t.httpTimeoutSeconds() != CmdletTraits.DEFAULT_HTTP_TIMEOUT_SECONDS),
                    count(written, t -> t.httpTimeoutSeconds() != CmdletTraits.DEFAULT_HTTP_TIMEOUT_SECONDS));
            assertTrue(count(written, t -> t.httpTimeoutSeconds() != CmdletTraits.DEFAULT_HTTP_TIMEOUT_SECONDS) > 0,
                    "the per-cmdlet timeout table comes back");
            assertEquals(3660, written.cmdlet("Get-DistributionGroupMember").orElseThrow().traits().httpTimeoutSeconds());
            assertTrue(count(written, t -> t.confirmImpact() == ConfirmImpact.HIGH) > 100);
            assertTrue(count(written, t -> !t.batchable()) >= 16);
            assertEquals(2, count(written, t -> t.routing() != null && t.routing().kind() == RoutingKind.FOLDER_ID));
            assertEquals("Mailbox", written.cmdlet("Get-MobileDeviceStatistics").orElseThrow().traits().routing()
                    .parameter());
        }
    }
}
