package dev.exobindings.generator.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.csdl.CsdlReader;
import dev.exobindings.metadata.csdl.CsdlSchema;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.model.ServiceModelBuilder;
import dev.exobindings.metadata.BundledCsdl;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled CSDL against the bundled Exchange Online snapshot: what is mapped, what is not and why, which
 * parameters gain a closed list. The written report {@code RESULT-TYPES.md} must equal what this run computes
 * (rewrite it with {@code -Dgolden.update=true}, then review the diff).
 */
class BundledResultTypesTest {
    private static final CsdlSchema CSDL = new CsdlReader().read(BundledCsdl.EXCHANGE_ONLINE_RESOURCE,
            BundledCsdl.openExchangeOnline());
    private static final Snapshot SNAPSHOT = BundledSnapshots.exchangeOnline();
    private static final ParameterEnumSupplement.Result SUPPLEMENTED;
    private static final ServiceModel SERVICE;
    private static final ResultTypes.Outcome OUTCOME;

    static {
        Map<Integer, Cmdlet> all = new LinkedHashMap<>();
        for (int i = 0; i < SNAPSHOT.cmdlets().size(); i++) {
            // as the generator does: client-side cmdlets (Get-EXOMailbox, …) get no class, so no result type
            if (dev.exobindings.metadata.data.ClientSideCmdlets.reason(SNAPSHOT.cmdlets().get(i).name()).isEmpty()) {
                all.put(i, SNAPSHOT.cmdlets().get(i));
            }
        }
        SUPPLEMENTED = new ParameterEnumSupplement().apply(all, CSDL);
        SERVICE = new ServiceModelBuilder().build("com.example.exo", "exchange-online", SUPPLEMENTED.cmdlets());
        OUTCOME = new ResultTypes().plan(CSDL, SERVICE, ResultMapping.bundled(), SUPPLEMENTED.filled());
    }

    @Test
    void theIssuesExamplesAreMapped() {
        Map<String, String> result = OUTCOME.models().resultClass();
        assertEquals("Mailbox", result.get("Get-Mailbox"));
        assertEquals("CasMailbox", result.get("Get-CASMailbox"));
        assertEquals("MailboxPermission", result.get("Get-MailboxPermission"));
        assertEquals("Recipient", result.get("Get-Recipient"));
        assertEquals("User", result.get("Get-User"));
    }

    @Test
    void everyConcreteCsdlTypeIsAModelWithEveryProperty() {
        Set<String> opaque = CSDL.types().stream().filter(t -> t.isAbstract()
                        || t.open() && t.properties().isEmpty() && (t.baseType() == null
                        || CSDL.type(t.baseType()).map(CsdlSchema.StructuredType::properties).orElse(List.of())
                        .isEmpty()))
                .map(CsdlSchema.StructuredType::qualifiedName).collect(Collectors.toSet());
        assertEquals(CSDL.types().size() - opaque.size(), OUTCOME.models().models().size());
        for (ModelClass m : OUTCOME.models().models()) {
            CsdlSchema.StructuredType t = CSDL.type(m.csdlName()).orElseThrow();
            List<String> own = t.properties().stream().map(CsdlSchema.Property::name).toList();
            assertTrue(m.fields().stream().map(ModelField::wireName).toList().containsAll(own), m.csdlName());
        }
        ModelClass mailbox = OUTCOME.models().models().stream().filter(m -> m.className().equals("Mailbox"))
                .findFirst().orElseThrow();
        assertEquals(CSDL.type("Exchange.Mailbox").orElseThrow().properties().size(), mailbox.fields().size());
    }

    @Test
    void everyTableRowNamesATypeOfTheCsdl() {
        for (ResultMapping.Row row : ResultMapping.bundled().tableRows()) {
            assertTrue(CSDL.type(row.csdlType()).filter(t -> !t.isAbstract()).isPresent(),
                    row.cmdlet() + " -> " + row.csdlType() + " is not a concrete CSDL type");
        }
    }

    @Test
    void csdlEnumsFillOpenParameterLists() {
        assertFalse(SUPPLEMENTED.filled().isEmpty());
        for (String ref : SUPPLEMENTED.filled()) {
            String[] parts = ref.split(" -");
            Cmdlet c = SUPPLEMENTED.cmdlets().values().stream().filter(x -> x.name().equals(parts[0])).findFirst()
                    .orElseThrow();
            assertFalse(c.parameters().stream().filter(p -> p.name().equals(parts[1])).findFirst().orElseThrow()
                    .allowedValues().isEmpty(), ref);
        }
    }

    @Test
    void theWrittenReportIsCurrent() throws IOException {
        Path file = Path.of("RESULT-TYPES.md");
        String actual = report();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"), actual,
                "RESULT-TYPES.md is stale; run with -Dgolden.update=true and review the diff");
    }

    private static String report() {
        ResultTypesReport r = OUTCOME.report();
        ResultMapping mapping = ResultMapping.bundled();
        StringBuilder sb = new StringBuilder("# Result types of the bundled Exchange Online snapshot\n\n")
                .append("Written by `BundledResultTypesTest` from the bundled CSDL and snapshot; do not edit.\n\n")
                .append("| | |\n| --- | --- |\n")
                .append("| models (entity and complex types) | ").append(r.models()).append(" |\n")
                .append("| enums added from the CSDL | ").append(r.enumsAdded()).append(" |\n")
                .append("| cmdlets with a result type | ").append(r.mappedCmdlets()).append(" |\n")
                .append("| Get cmdlets without one | ").append(r.unmappedGetCmdlets().size()).append(" |\n")
                .append("| parameters that gained a closed list from a CSDL enum | ")
                .append(r.parametersGainingValues().size()).append(" |\n\n")
                .append("## Mapped cmdlets\n\n| cmdlet | model | why |\n| --- | --- | --- |\n");
        for (String cmdlet : OUTCOME.models().resultClass().keySet()) {
            ResultMapping.Row row = mapping.resultOf(cmdlet, CSDL).orElseThrow();
            sb.append("| ").append(cmdlet).append(" | ").append(OUTCOME.models().resultClass().get(cmdlet))
                    .append(" | ").append(row.reason()).append(" |\n");
        }
        sb.append("\n## Parameters that gained a closed list\n\n");
        r.parametersGainingValues().forEach(p -> sb.append("- `").append(p).append("`\n"));
        sb.append("\n## Get cmdlets without a result type\n\n")
                .append("Reason for each: the CSDL has no entity or complex type named like the noun, and the ")
                .append("reviewed table (`results/result-types.tsv`) has no row with evidence for one. Their rows ")
                .append("stay `JsonNode` (or a record you write).\n\n");
        r.unmappedGetCmdlets().forEach(c -> sb.append("- ").append(c).append('\n'));
        return sb.toString();
    }
}
