package dev.exobindings.metadata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.RoutingKind;
import dev.exobindings.metadata.model.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Cmdlet traits in the snapshot format: written in full when known, absent when unknown, cross-checked. */
class TraitsFormatTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Snapshot read(String json) {
        return SnapshotReader.read("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static ObjectNode tree() throws IOException {
        return (ObjectNode) MAPPER.readTree(SnapshotWriter.toJson(SnapshotFixtures.small()));
    }

    private static ObjectNode traits(ObjectNode root, int cmdlet) {
        return (ObjectNode) root.get("cmdlets").get(cmdlet).get("traits");
    }

    private static SnapshotException reject(Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode root = tree();
        breakIt.accept(root);
        String json = MAPPER.writeValueAsString(root);
        return assertThrows(SnapshotException.class, () -> read(json));
    }

    @Test
    void knownTraitsAreWrittenInFullAndReadBack() throws IOException {
        ObjectNode getMailbox = traits(tree(), 0);
        assertEquals("{\"supportsShouldProcess\":false,\"batchable\":false,"
                + "\"routing\":{\"parameter\":\"Identity\",\"kind\":\"mailbox-id\"},\"httpTimeoutSeconds\":3600}",
                getMailbox.toString());
        Snapshot snapshot = read(SnapshotWriter.toJson(SnapshotFixtures.small()));
        Cmdlet remove = snapshot.cmdlet("Remove-Thing").orElseThrow();
        assertEquals(ConfirmImpact.HIGH, remove.traits().confirmImpact());
        assertTrue(remove.traits().batchable());
        assertNull(remove.traits().routing());
        assertEquals(RoutingKind.MAILBOX_ID, snapshot.cmdlet("Get-Mailbox").orElseThrow().traits().routing().kind());
    }

    @Test
    void absentTraitsMeanUnknown() throws IOException {
        ObjectNode root = tree();
        ((ObjectNode) root.get("cmdlets").get(1)).remove("traits");
        Cmdlet remove = read(MAPPER.writeValueAsString(root)).cmdlet("Remove-Thing").orElseThrow();
        assertNull(remove.traits());
        assertTrue(remove.knownTraits().isEmpty());
        assertTrue(remove.supportsShouldProcess());
    }

    @Test
    void routingParameterMustBeAParameterOfTheCmdlet() throws IOException {
        SnapshotException e = reject(root -> ((ObjectNode) traits(root, 0).get("routing")).put("parameter", "Mailbox"));
        assertEquals("$.cmdlets[0].traits.routing.parameter", e.location());
        assertTrue(e.getMessage().contains("'Mailbox' is not a parameter"), e.getMessage());
    }

    @Test
    void shouldProcessMustAgreeWithTheCmdlet() throws IOException {
        SnapshotException e = reject(root -> traits(root, 1).put("supportsShouldProcess", false));
        assertEquals("$.cmdlets[1].traits.supportsShouldProcess", e.location());
    }

    @Test
    void confirmImpactNeedsShouldProcess() throws IOException {
        SnapshotException e = reject(root -> traits(root, 0).put("confirmImpact", "high"));
        assertEquals("$.cmdlets[0].traits.confirmImpact", e.location());
        assertTrue(e.getMessage().contains("without supportsShouldProcess"), e.getMessage());
    }

    @Test
    void requiredMembersUnknownValuesAndTypos() throws IOException {
        assertEquals("$.cmdlets[0].traits.batchable", reject(root -> traits(root, 0).remove("batchable")).location());
        assertEquals("$.cmdlets[0].traits.httpTimeoutSeconds",
                reject(root -> traits(root, 0).put("httpTimeoutSeconds", 0)).location());
        assertEquals("$.cmdlets[1].traits.confirmImpact",
                reject(root -> traits(root, 1).put("confirmImpact", "severe")).location());
        assertEquals("$.cmdlets[0].traits.routing.kind",
                reject(root -> ((ObjectNode) traits(root, 0).get("routing")).put("kind", "upn")).location());
        assertEquals("$.cmdlets[0].traits.batchabel",
                reject(root -> traits(root, 0).put("batchabel", true)).location());
    }
}
