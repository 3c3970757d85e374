package dev.exobindings.runtime.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What a {@link ModelType} read from one row, handed to the generated model's constructor: the typed values by
 * property index and the row's properties the model does not declare.
 */
public final class ModelValues {
    final ModelType<?> type;
    final Object[] values;
    final Map<String, JsonNode> extras;

    ModelValues(ModelType<?> type, Object[] values, Map<String, JsonNode> extras) {
        this.type = type;
        this.values = values;
        this.extras = extras;
    }
}
