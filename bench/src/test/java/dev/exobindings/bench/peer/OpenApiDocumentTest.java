package dev.exobindings.bench.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.typed.ModelClass;
import dev.exobindings.generator.typed.ModelField;
import dev.exobindings.generator.typed.ResultModels;
import dev.exobindings.metadata.BundledSnapshots;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The peer's input describes the API our generator emits: with our typed results, each typed cmdlet answers with
 * an array of its model's schema holding the same properties; without them, nothing is typed.
 */
class OpenApiDocumentTest {
    private static ServiceModel model;
    private static ResultModels results;

    @BeforeAll
    static void generateModel() {
        CodeGenerator generator = CodeGenerator.builder().snapshot(BundledSnapshots.exchangeOnline())
                .targetPackage("com.example.exo").build();
        model = generator.model();
        results = generator.resultModels();
    }

    @Test
    void typedCmdletsAnswerWithTheirModelsSchema() {
        assertFalse(results.resultClass().isEmpty(), "the bundled snapshot types some results");
        ObjectNode doc = OpenApiDocument.of(model, results);
        int typedOperations = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            String cmdlet = path.getKey().substring(1, path.getKey().indexOf('/', 1));
            JsonNode answer = path.getValue().at("/post/responses/200/content/application~1json/schema");
            String modelClass = results.resultClass().get(cmdlet);
            if (modelClass == null) {
                assertEquals("object", answer.path("type").asText(), path.getKey());
            } else {
                assertEquals("array", answer.path("type").asText(), path.getKey());
                assertEquals("#/components/schemas/" + modelClass, answer.at("/items/$ref").asText(), path.getKey());
                typedOperations++;
            }
        }
        assertTrue(typedOperations >= results.resultClass().size(), "every typed cmdlet has a typed operation");
    }

    @Test
    void everyModelPropertyIsInItsSchemaInOrderWithItsFacts() {
        JsonNode schemas = OpenApiDocument.of(model, results).get("components").get("schemas");
        for (ModelClass m : results.models()) {
            JsonNode properties = schemas.get(m.className()).get("properties");
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            assertEquals(m.fields().stream().map(ModelField::wireName).toList(), names, m.className());
            ModelField first = m.fields().get(0);
            assertTrue(properties.get(first.wireName()).get("description").asText()
                    .contains("CSDL type " + first.csdlType()), m.className());
        }
    }

    @Test
    void withoutResultModelsNothingIsTyped() {
        ObjectNode doc = OpenApiDocument.of(model, ResultModels.none("com.example.exo.model"));
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            assertEquals("object", path.getValue().at("/post/responses/200/content/application~1json/schema/type")
                    .asText(), path.getKey());
        }
        Set<String> requestBodies = new HashSet<>();
        for (JsonNode path : doc.get("paths")) {
            requestBodies.add(path.at("/post/requestBody/content/application~1json/schema/$ref").asText());
        }
        for (Map.Entry<String, JsonNode> schema : doc.get("components").get("schemas").properties()) {
            assertTrue(schema.getValue().has("enum")
                    || requestBodies.contains("#/components/schemas/" + schema.getKey()),
                    schema.getKey() + " is an enum or a request body");
        }
    }
}
