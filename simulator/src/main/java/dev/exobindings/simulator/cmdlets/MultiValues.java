package dev.exobindings.simulator.cmdlets;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a multivalued parameter to a list: an array (or one string) replaces it; a
 * {@code {"@odata.type":"#Exchange.GenericHashTable","Add":[…],"Remove":[…]}} object (key case ignored) removes
 * then adds; null clears it.
 */
final class MultiValues {

    private MultiValues() {
    }

    static List<String> apply(List<String> current, JsonNode change) {
        if (change == null || change.isNull()) {
            return new ArrayList<>();
        }
        if (!change.isObject()) {
            return values(change);
        }
        List<String> result = new ArrayList<>(current);
        List<String> add = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : change.properties()) {
            if (field.getKey().equalsIgnoreCase("Remove")) {
                for (String value : values(field.getValue())) {
                    result.removeIf(existing -> existing.equalsIgnoreCase(value));
                }
            } else if (field.getKey().equalsIgnoreCase("Add")) {
                add.addAll(values(field.getValue()));
            }
        }
        for (String value : add) {
            if (result.stream().noneMatch(existing -> existing.equalsIgnoreCase(value))) {
                result.add(value);
            }
        }
        return result;
    }

    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> values.add(item.asText()));
        } else if (!node.isNull()) {
            values.add(node.asText());
        }
        return values;
    }
}
