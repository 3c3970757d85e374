package dev.exobindings.metadata;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.metadata.csdl.CsdlReader;
import dev.exobindings.metadata.csdl.CsdlSchema;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.traits.ModuleTraitsTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        // the classes that link a page: client-side cmdlets have pages but no class (InvokeCommand cannot run them)
        counts.put("snapshot.exo.documented", exo.cmdlets().stream().filter(c -> c.documentationUrl() != null
                && dev.exobindings.metadata.data.ClientSideCmdlets.reason(c.name()).isEmpty()).count());
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

    @Test
    void metadataReadmeTraits() {
        Snapshot exo = BundledSnapshots.exchangeOnline();
        Set<String> rows = ModuleTraitsTable.bundledExchangeOnline().keySet().stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> cmdlets = exo.cmdlets().stream().map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        long withTraits = exo.cmdlets().stream().filter(c -> c.traits() != null).count();
        Map<String, Long> n = new TreeMap<>();
        n.put("traits.rows", (long) rows.size());
        n.put("traits.exo.with", withTraits);
        n.put("traits.exo.without", exo.cmdlets().size() - withTraits);
        n.put("traits.rowsInNeither", rows.stream().filter(r -> !cmdlets.contains(r)).count());
        n.put("traits.catalogOnlyShouldProcess", exo.cmdlets().stream()
                .filter(c -> c.sources().equals(List.of(SourceKind.CATALOG)) && c.supportsShouldProcess()).count());
        n.put("traits.scc.with", BundledSnapshots.securityCompliance().cmdlets().stream()
                .filter(c -> c.traits() != null).count());
        MarkedNumbers.assertMatches(Path.of("README.md"), "traits.", n);
    }

    @Test
    void metadataReadmeCsdl() throws IOException {
        CsdlSchema schema;
        try (InputStream in = BundledCsdl.openExchangeOnline()) {
            schema = new CsdlReader().read("bundled CSDL", in);
        }
        Map<String, Long> n = new TreeMap<>();
        n.put("csdl.entities", schema.types().stream().filter(CsdlSchema.StructuredType::entity).count());
        n.put("csdl.complex", schema.types().stream().filter(t -> !t.entity()).count());
        n.put("csdl.enums", (long) schema.enums().size());
        MarkedNumbers.assertMatches(Path.of("README.md"), "csdl.", n);
    }

    /** The snapshot JSON example of the README shows the bundled Exchange Online snapshot's real header. */
    @Test
    void metadataReadmeJsonExampleHeader() throws IOException {
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("README.md")));
        assertTrue(block.find(), "README.md has a ```json snapshot example");
        ObjectMapper json = new ObjectMapper();
        String bundled;
        try (InputStream in = ReadmeNumbersTest.class.getResourceAsStream(BundledSnapshots.resourcePath("exchange-online"))) {
            bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(json.readTree(bundled).path("header"), json.readTree(block.group(1)).path("header"),
                "the header of the README's snapshot example is the bundled exchange-online header");
    }

    /**
     * Facts of the bundled snapshots, traits table and CSDL quoted by other modules' READMEs (simulator, capture,
     * runtime) and BENCHMARKS.md: this module owns them, so it checks them.
     */
    @Test
    void otherReadmesQuotingMetadataFacts() throws IOException {
        Snapshot exo = BundledSnapshots.exchangeOnline();
        long catalogBacked = exo.cmdlets().stream().filter(c -> c.sources().contains(SourceKind.CATALOG)).count();
        MarkedNumbers.assertMatches(Path.of("../capture/README.md"), "snapshot.",
                Map.of("snapshot.exo.catalogBacked", catalogBacked));

        Map<String, dev.exobindings.metadata.model.CmdletTraits> table = ModuleTraitsTable.bundledExchangeOnline();
        Set<String> routed = table.entrySet().stream().filter(e -> e.getValue().routing() != null)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> notBatchable = table.entrySet().stream().filter(e -> !e.getValue().batchable())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertEquals(routed, notBatchable, "runtime/README.md says the non-batchable cmdlets are the custom-routing ones");
        MarkedNumbers.assertMatches(Path.of("../runtime/README.md"), "traits.",
                Map.of("traits.routing", (long) routed.size()));

        long mailboxProperties;
        try (InputStream in = BundledCsdl.openExchangeOnline()) {
            mailboxProperties = new CsdlReader().read("bundled CSDL", in).types().stream()
                    .filter(t -> t.name().equals("Mailbox")).findFirst().orElseThrow().properties().size();
        }
        MarkedNumbers.assertMatches(Path.of("../simulator/README.md"), "snapshot.",
                Map.of("snapshot.scc.cmdlets", (long) BundledSnapshots.securityCompliance().cmdlets().size()));
        MarkedNumbers.assertMatches(Path.of("../simulator/README.md"), "csdl.",
                Map.of("csdl.mailboxProperties", mailboxProperties));
        MarkedNumbers.assertMatches(Path.of("../BENCHMARKS.md"), "csdl.",
                Map.of("csdl.mailboxProperties", mailboxProperties));
    }
}
