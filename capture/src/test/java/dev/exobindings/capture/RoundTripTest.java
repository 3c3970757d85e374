package dev.exobindings.capture;

import dev.exobindings.capture.merge.CapturedTraits;
import dev.exobindings.capture.psm1.RoutingRule;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.simulator.ExoSimulator;
import dev.exobindings.simulator.protocol.ModuleTraits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bundled snapshot → simulator module text (with the traits of {@code module-traits.tsv}) → capture over loopback
 * HTTP → snapshot: every catalog-backed cmdlet comes back with the same structure and traits.
 */
class RoundTripTest {

    @Test
    void everyCatalogBackedCmdletComesBackIdenticalOverHttp(@TempDir Path out) throws Exception {
        ModuleTraitsTable table = ModuleTraitsTable.loadOrSkip();
        Snapshot bundled = BundledSnapshots.exchangeOnline();
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(0).token("T")
                .moduleTraits(c -> table.row(c.name()).map(ModuleTraitsTable.Row::moduleTraits)
                        .orElse(ModuleTraits.DEFAULT))
                .build().start()) {
            CaptureResult result = Capture.builder().tenant("contoso.onmicrosoft.com").endpoint(exo.baseUri())
                    .credentials(SimTokens.of("T")).snapshotName("contoso-capture")
                    .captureDate(LocalDate.of(2026, 12, 1)).outputDirectory(out).run();

            List<String> diffs = new ArrayList<>();
            int structures = 0;
            int traitsFromTable = 0;
            for (Cmdlet expected : bundled.cmdlets()) {
                if (!expected.sources().contains(SourceKind.CATALOG)) {
                    continue;
                }
                Cmdlet actual = result.snapshot().cmdlet(expected.name()).orElseThrow();
                diffs.addAll(StructureDiff.between(expected, actual));
                for (int i = 0; i < expected.parameters().size() && i < actual.parameters().size(); i++) {
                    Parameter e = expected.parameters().get(i);
                    Parameter a = actual.parameters().get(i);
                    // types: the docs' declared type comes back for documented cmdlets; a catalog-only cmdlet keeps
                    // the proxy type, of which the simulator writes only the PowerShell-level ones
                    boolean documented = expected.sources().contains(SourceKind.DOCS);
                    if (!e.allowedValues().equals(a.allowedValues()) || e.valuesOrigin() != a.valuesOrigin()
                            || documented && !Objects.equals(e.type(), a.type())) {
                        diffs.add(expected.name() + " -" + e.name() + ": values/type " + e.type() + e.allowedValues()
                                + " vs " + a.type() + a.allowedValues());
                    }
                }
                structures++;
                CapturedTraits traits = result.traits().get(expected.name());
                ModuleTraitsTable.Row row = table.row(expected.name()).orElse(null);
                if (row != null) {
                    traitsFromTable++;
                    CapturedTraits want = new CapturedTraits(expected.supportsShouldProcess(),
                            expected.supportsShouldProcess() ? row.confirmImpact() : null, row.batchable(),
                            row.routingParameter(), row.routingRule() == null ? null
                            : row.routingRule().equals("folder-id") ? RoutingRule.FOLDER_ID : RoutingRule.MAILBOX_ID,
                            row.timeout() == null ? 960 : row.timeout());
                    if (!want.equals(traits)) {
                        diffs.add(expected.name() + ": traits " + want + " vs " + traits);
                    }
                } else if (!new CapturedTraits(expected.supportsShouldProcess(), null, true, null, null, 960)
                        .equals(traits)) {
                    diffs.add(expected.name() + ": default traits vs " + traits);
                }
            }
            assertEquals(List.of(), diffs.subList(0, Math.min(diffs.size(), 15)), diffs.size() + " differences");
            assertEquals(825, structures, "catalog-backed cmdlets compared");
            assertEquals(761, traitsFromTable, "catalog-backed cmdlets whose traits come from module-traits.tsv");
            assertEquals(bundled.cmdlets().size(), result.snapshot().cmdlets().size());
            assertEquals(List.of(), result.report().absentFromCapture());
            assertEquals(16, result.traits().values().stream().filter(t -> t.routingParameter() != null).count());

            for (String file : List.of("contoso-capture.json", "contoso-capture.metadata.xml", "contoso-capture.psm1",
                    "contoso-capture.traits.tsv", "contoso-capture.provenance.tsv",
                    "contoso-capture.capture-report.txt")) {
                assertTrue(Files.size(out.resolve(file)) > 0, file);
            }
            assertEquals(dev.exobindings.metadata.BundledCsdl.exchangeOnline(),
                    Files.readString(out.resolve("contoso-capture.metadata.xml")));
        }
    }
}
