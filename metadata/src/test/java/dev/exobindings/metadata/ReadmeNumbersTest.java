package dev.exobindings.metadata;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The snapshot counts quoted in the READMEs are the bundled snapshots' real counts. */
class ReadmeNumbersTest {

    static Map<String, Long> snapshotCounts() {
        Map<String, Long> counts = new TreeMap<>();
        Snapshot exo = BundledSnapshots.exchangeOnline();
        Snapshot scc = BundledSnapshots.securityCompliance();
        counts.put("snapshot.exo.cmdlets", (long) exo.cmdlets().size());
        counts.put("snapshot.exo.parameters", parameters(exo));
        // The per-source split exists only in the header; the reader checks the header against the cmdlets.
        counts.put("snapshot.exo.both", (long) exo.header().counts().get("cmdletsInBothSources"));
        counts.put("snapshot.exo.catalogOnly", (long) exo.header().counts().get("cmdletsOnlyInCatalog"));
        counts.put("snapshot.exo.docsOnly", (long) exo.header().counts().get("cmdletsOnlyInDocs"));
        counts.put("snapshot.exo.documented", exo.cmdlets().stream().filter(c -> c.documentationUrl() != null).count());
        counts.put("snapshot.scc.cmdlets", (long) scc.cmdlets().size());
        counts.put("snapshot.scc.parameters", parameters(scc));
        return counts;
    }

    private static long parameters(Snapshot snapshot) {
        return snapshot.cmdlets().stream().map(Cmdlet::parameters).mapToLong(java.util.List::size).sum();
    }

    @Test
    void rootReadme() {
        Map<String, Long> counts = snapshotCounts();
        counts.keySet().removeIf(k -> k.equals("snapshot.scc.parameters"));
        MarkedNumbers.assertMatches(Path.of("../README.md"), "snapshot.", counts);
    }

    @Test
    void metadataReadme() {
        Map<String, Long> counts = snapshotCounts();
        counts.keySet().removeIf(k -> k.equals("snapshot.exo.documented"));
        MarkedNumbers.assertMatches(Path.of("README.md"), "snapshot.", counts);
    }
}
