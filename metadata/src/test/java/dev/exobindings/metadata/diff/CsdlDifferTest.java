package dev.exobindings.metadata.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.metadata.BundledCsdl;
import dev.exobindings.metadata.csdl.CsdlReader;
import dev.exobindings.metadata.csdl.CsdlSchema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two {@code $metadata} documents compared as the generated result models see them. */
class CsdlDifferTest {
    private static final String HEAD = "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">"
            + "<edmx:DataServices><Schema Namespace=\"Exchange\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">";
    private static final String TAIL = "</Schema></edmx:DataServices></edmx:Edmx>";

    private static CsdlSchema csdl(String body) {
        return new CsdlReader().read("t.xml", new ByteArrayInputStream((HEAD + body + TAIL)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static final CsdlSchema OLD = csdl(
            "<ComplexType Name=\"Base\"/><ComplexType Name=\"Other\"/><ComplexType Name=\"Gone\"/>"
            + "<EntityType Name=\"Mailbox\" BaseType=\"Exchange.Base\">"
            + "<Property Name=\"A\" Type=\"Edm.String\"/><Property Name=\"B\" Type=\"Edm.String\"/>"
            + "<Property Name=\"C\" Type=\"Edm.String\"/><NavigationProperty Name=\"Nav\" Type=\"Exchange.Gone\"/>"
            + "</EntityType>"
            + "<EnumType Name=\"State\"><Member Name=\"On\" Value=\"1\"/><Member Name=\"Off\" Value=\"0\"/></EnumType>"
            + "<EnumType Name=\"Old\"><Member Name=\"X\"/></EnumType>");
    private static final CsdlSchema NEW = csdl(
            "<ComplexType Name=\"Base\"/><ComplexType Name=\"Other\"/><ComplexType Name=\"Fresh\"/>"
            + "<EntityType Name=\"Mailbox\" BaseType=\"Exchange.Other\">"
            + "<Property Name=\"A\" Type=\"Edm.String\"/><Property Name=\"B\" Type=\"Collection(Edm.String)\"/>"
            + "<Property Name=\"D\" Type=\"Edm.Int32\"/></EntityType>"
            + "<EnumType Name=\"State\"><Member Name=\"On\" Value=\"1\"/><Member Name=\"Paused\" Value=\"2\"/></EnumType>"
            + "<EnumType Name=\"New\"><Member Name=\"Y\"/></EnumType>");

    @Test
    void everyKindOfChangeIsOneRowAndRemovalsAndRetypingsBreak() {
        List<String> rows = CsdlDiffer.diff(OLD, NEW).stream()
                .map(r -> r.type() + " " + r.member() + " " + r.kind().id() + " " + r.before() + " -> " + r.after()
                        + (r.breaking() ? " BREAKING" : ""))
                .toList();
        assertEquals(List.of(
                "Exchange.Fresh null type-added null -> Fresh",
                "Exchange.Gone null type-removed Gone -> null BREAKING",
                "Exchange.Mailbox null base-type-changed Exchange.Base -> Exchange.Other BREAKING",
                "Exchange.Mailbox B property-type-changed Edm.String -> Collection(Edm.String) BREAKING",
                "Exchange.Mailbox C property-removed Edm.String -> null BREAKING",
                "Exchange.Mailbox D property-added null -> Edm.Int32",
                "Exchange.New null enum-added null -> New",
                "Exchange.Old null enum-removed Old -> null BREAKING",
                "Exchange.State Off enum-member-removed Off -> null BREAKING",
                "Exchange.State Paused enum-member-added null -> Paused"), rows);
    }

    @Test
    void theSameDocumentHasNoRowsAndDiffsAreSymmetric() {
        CsdlSchema bundled = BundledCsdl.exchangeOnlineSchema();
        assertEquals(List.of(), CsdlDiffer.diff(bundled, BundledCsdl.exchangeOnlineSchema()));
        assertEquals(CsdlDiffer.diff(OLD, NEW).size(), CsdlDiffer.diff(NEW, OLD).size());
        assertTrue(CsdlDiffer.diff(NEW, OLD).stream().anyMatch(r -> r.kind() == ModelChangeKind.TYPE_REMOVED
                && r.type().equals("Exchange.Fresh")), "an addition one way is a removal the other");
    }

    @Test
    void theReportsCarryTheModelRowsOnlyWhenThereAreSome() throws Exception {
        SnapshotDiff cmdletsOnly = new SnapshotDiff("a", "b", List.of());
        SnapshotDiff withModels = cmdletsOnly.withModels(CsdlDiffer.diff(OLD, NEW));
        assertEquals("0 change(s), 0 breaking: 0 cmdlet(s) added, 0 removed or dropped by the service; result models:"
                + " 10 change(s), 6 breaking", withModels.summary());
        assertTrue(withModels.hasBreaking() && !withModels.isEmpty());
        assertEquals(SnapshotDiff.EXIT_BREAKING, withModels.exitCode(true));
        String md = DiffMarkdown.render(withModels);
        assertTrue(md.contains("\n## Result models ($metadata)\n\n| Type | Member | Change | Before | After | Breaking |"
                + " Why |\n"), md);
        assertTrue(md.indexOf("| Exchange.Gone | – | result type removed") < md.indexOf("| Exchange.Fresh | – |"),
                "breaking rows first: " + md);
        assertTrue(!DiffMarkdown.render(cmdletsOnly).contains("Result models"));
        JsonNode json = new ObjectMapper().readTree(DiffJson.render(withModels));
        assertEquals(6, json.get("breaking").asInt());
        assertEquals("property-removed", json.at("/models/4/kind").asText());
        assertEquals("C", json.at("/models/4/member").asText());
        assertTrue(new ObjectMapper().readTree(DiffJson.render(cmdletsOnly)).get("models") == null);
    }

    /** Compared and unchanged is not the same as not compared: every report says the models were looked at. */
    @Test
    void comparedButUnchangedModelsStillShowInEveryReport() throws Exception {
        SnapshotDiff cmdletsOnly = new SnapshotDiff("a", "b", List.of());
        SnapshotDiff unchanged = cmdletsOnly.withModels(CsdlDiffer.diff(OLD, OLD));
        assertTrue(unchanged.modelsCompared() && unchanged.models().isEmpty() && unchanged.isEmpty());
        assertEquals("0 change(s), 0 breaking: 0 cmdlet(s) added, 0 removed or dropped by the service; result models:"
                + " 0 change(s), 0 breaking", unchanged.summary());
        String md = DiffMarkdown.render(unchanged);
        assertTrue(md.contains("\n## Result models ($metadata)\n\nNo change: "), md);
        assertTrue(md.endsWith("\nNo differences.\n"), md);
        JsonNode json = new ObjectMapper().readTree(DiffJson.render(unchanged));
        assertTrue(json.get("models").isArray() && json.get("models").isEmpty(), json.toString());
        // not compared: the reports stay as they were
        assertEquals("0 change(s), 0 breaking: 0 cmdlet(s) added, 0 removed or dropped by the service",
                cmdletsOnly.summary());
        assertEquals(DiffMarkdown.render(cmdletsOnly), DiffMarkdown.render(new SnapshotDiff("a", "b", List.of(),
                List.of())));
        assertTrue(!cmdletsOnly.modelsCompared());
    }
}
