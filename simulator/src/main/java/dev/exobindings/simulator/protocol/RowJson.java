package dev.exobindings.simulator.protocol;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Map;

/** Serialises a row: PascalCase keys, and a {@code <Prop>@odata.type} annotation before each collection. */
public final class RowJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RowJson() {
    }

    /** The JSON object of one row. */
    public static ObjectNode toJson(Map<String, Object> row) {
        ObjectNode node = F.objectNode();
        row.forEach((key, value) -> {
            if (value == null) {
                node.putNull(key);
            } else if (value instanceof Collection<?> items) {
                if (items.stream().noneMatch(Map.class::isInstance)) {
                    node.put(key + "@odata.type", "#Collection(String)");
                }
                ArrayNode array = node.putArray(key);
                items.forEach(item -> array.add(item instanceof Map<?, ?> m ? toJson(strings(m))
                        : F.textNode(String.valueOf(item))));
            } else if (value instanceof Map<?, ?> nested) {
                node.set(key, toJson(strings(nested)));
            } else if (value instanceof Boolean b) {
                node.put(key, b);
            } else if (value instanceof Integer n) {
                node.put(key, n);
            } else if (value instanceof Long n) {
                node.put(key, n);
            } else {
                node.put(key, value.toString());
            }
        });
        return node;
    }

    /** A nested object (a complex-type value) with its keys as strings. */
    private static Map<String, Object> strings(Map<?, ?> map) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
