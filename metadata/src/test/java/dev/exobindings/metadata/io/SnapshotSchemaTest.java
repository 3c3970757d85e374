package dev.exobindings.metadata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.exobindings.metadata.BundledSnapshots;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema accepts every bundled snapshot and rejects what the format forbids. */
class SnapshotSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema() throws IOException {
        try (InputStream in = SnapshotSchemaTest.class.getResourceAsStream(
                "/dev/exobindings/metadata/snapshot.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = SnapshotSchemaTest.class.getResourceAsStream(path)) {
            return MAPPER.readTree(in);
        }
    }

    @Test
    void everyBundledSnapshotValidates() throws IOException {
        JsonSchema schema = schema();
        for (String name : BundledSnapshots.names()) {
            Set<ValidationMessage> errors = schema.validate(resource(BundledSnapshots.resourcePath(name)));
            assertEquals(Set.of(), errors, name);
        }
    }

    @Test
    void schemaRejectsWhatTheFormatForbids() throws IOException {
        JsonSchema schema = schema();
        ObjectNode root = (ObjectNode) MAPPER.readTree(SnapshotWriter.toJson(SnapshotFixtures.small()));
        assertEquals(Set.of(), schema.validate(root));
        ((ObjectNode) root.get("header")).put("formatVersion", 2);
        assertFalse(schema.validate(root).isEmpty());
        ((ObjectNode) root.get("header")).put("formatVersion", 1);
        ((ObjectNode) root.get("cmdlets").get(0)).put("name", "../Get-Mailbox");
        assertFalse(schema.validate(root).isEmpty());
        ((ObjectNode) root.get("cmdlets").get(0)).put("name", "Get-Mailbox");
        ObjectNode details = (ObjectNode) root.get("cmdlets").get(0).get("parameters").get(2);
        ((com.fasterxml.jackson.databind.node.ArrayNode) details.get("allowedValues")).add("x */ y");
        assertFalse(schema.validate(root).isEmpty());
        ((com.fasterxml.jackson.databind.node.ArrayNode) details.get("allowedValues")).remove(2);
        assertEquals(Set.of(), schema.validate(root));
        ((ObjectNode) root.get("cmdlets").get(0).get("parameters").get(0)).put("surprise", true);
        assertFalse(schema.validate(root).isEmpty());
    }
}
