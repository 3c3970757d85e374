package dev.exobindings.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.metadata.docs.DocsCounts;
import dev.exobindings.metadata.docs.DocsImport;
import dev.exobindings.metadata.docs.DocsImporter;
import dev.exobindings.metadata.docs.DocsWarning;
import dev.exobindings.metadata.merge.ConflictKind;
import dev.exobindings.metadata.merge.MergeReport;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.ValuesOrigin;
import dev.exobindings.metadata.tools.AssembledSnapshots;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The numbers of metadata/README.md that only the shared inputs can give (docs corpus, module catalog, the merge of
 * both): computed from {@code ../shared}, skipped with the reason without it (a failure under
 * {@code -Dexo.shared.required=true}).
 */
class ReadmeSharedNumbersTest {
    private static final Path README = Path.of("README.md");

    @Test
    void docsImporterTable() {
        DocsImport docs = DocsImporter.importFolder(SharedInputs.docsFolder());
        DocsCounts counts = docs.counts();
        Map<String, Long> n = new TreeMap<>();
        n.put("docs.pages", (long) counts.pages());
        n.put("docs.exoPages", (long) counts.exchangeOnlinePages());
        n.put("docs.sccPages", (long) counts.securityCompliancePages());
        n.put("docs.sections", (long) counts.parameterSections());
        n.put("docs.exoSections", (long) counts.exchangeOnlineParameterSections());
        n.put("docs.exoParameters", (long) counts.exchangeOnlineParameters());
        n.put("docs.sccParameters", (long) counts.securityComplianceParameters());
        n.put("docs.exoInternal", (long) counts.exchangeOnlineInternalParameters());
        n.put("docs.exoDeprecated", (long) counts.exchangeOnlineDeprecatedParameters());
        values(n, "exo", docs.exchangeOnline());
        values(n, "scc", docs.securityCompliance());
        n.put("docs.exoSetsDropped", warnings(docs, DocsWarning.Kind.SET_DROPPED, Product.EXCHANGE_ONLINE));
        n.put("docs.sccSetsDropped", warnings(docs, DocsWarning.Kind.SET_DROPPED, Product.SECURITY_COMPLIANCE));
        n.put("docs.typesFromSyntax", docs.warnings().stream()
                .filter(w -> w.kind() == DocsWarning.Kind.TYPE_FROM_SYNTAX).count());
        MarkedNumbers.assertMatches(README, "docs.", n);
    }

    private static void values(Map<String, Long> n, String key, List<Cmdlet> cmdlets) {
        for (ValuesOrigin origin : List.of(ValuesOrigin.DOCS_ACCEPTED_VALUES, ValuesOrigin.DOCS_PROSE)) {
            String name = "docs." + key + (origin == ValuesOrigin.DOCS_PROSE ? "Prose" : "Accepted");
            n.put(name, cmdlets.stream().flatMap(c -> c.parameters().stream())
                    .filter(p -> p.valuesOrigin() == origin).count());
            n.put(name + "Cmdlets", cmdlets.stream()
                    .filter(c -> c.parameters().stream().anyMatch(p -> p.valuesOrigin() == origin)).count());
        }
    }

    private static long warnings(DocsImport docs, DocsWarning.Kind kind, Product product) {
        return docs.warnings().stream()
                .filter(w -> w.kind() == kind && product.displayName().equals(w.product())).count();
    }

    @Test
    void mergeConflictsAndCatalog() throws IOException {
        AssembledSnapshots assembled = SharedInputs.assembled();
        MergeReport exo = assembled.exchangeOnlineReport();
        Map<String, Long> merge = new TreeMap<>();
        for (ConflictKind kind : ConflictKind.values()) {
            merge.put("merge.exo." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), (long) exo.count(kind));
        }
        merge.put("merge.exo.total", (long) exo.conflicts().size());
        merge.put("merge.scc.total", (long) assembled.securityComplianceReport().conflicts().size());
        MarkedNumbers.assertMatches(README, "merge.", merge);

        Map<String, Long> catalog = new TreeMap<>();
        catalog.put("catalog.cmdlets", (long) assembled.catalogCmdlets());
        catalog.put("catalog.unnamedDefaults", unnamedDeclaredDefaults(SharedInputs.catalogFile()));
        catalog.put("catalog.droppedDefaults", exo.notes().stream()
                .filter(note -> note.matches("[A-Za-z-]+: declared default set '.*' has no parameters .*default dropped"))
                .count());
        MarkedNumbers.assertMatches(README, "catalog.", catalog);
        int union = assembled.exchangeOnline().cmdlets().size();
        assertTrue(union >= 880 && union <= 900, "the README says the union (" + union + ") is within the 880-900"
                + " the analysis expects");
    }

    /** Catalog cmdlets with named sets whose declared default set is named by none of their parameters. */
    private static long unnamedDeclaredDefaults(Path catalogFile) throws IOException {
        long count = 0;
        for (JsonNode cmdlet : new ObjectMapper().readTree(catalogFile.toFile()).path("cmdlets")) {
            Set<String> named = new HashSet<>();
            for (JsonNode parameter : cmdlet.path("parameters")) {
                for (JsonNode set : parameter.path("parameterSets")) {
                    named.add(set.path("name").asText());
                }
            }
            named.remove(Cmdlet.ALL_PARAMETER_SETS);
            String declared = cmdlet.path("defaultParameterSet").textValue();
            if (!named.isEmpty() && declared != null && !named.contains(declared)) {
                count++;
            }
        }
        return count;
    }

}
