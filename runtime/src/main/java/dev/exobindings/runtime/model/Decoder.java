package dev.exobindings.runtime.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one property value of a row into its Java type. Generated models hold one per property.
 *
 * @param <V> the Java type
 */
@FunctionalInterface
public interface Decoder<V> {

    /** The value of {@code node}, which is present and not JSON {@code null}. */
    V decode(JsonNode node);

    /**
     * Whether {@code value} lost part of what the row said (an enum value outside the generated enum): the model
     * then also keeps the raw JSON value in its extra properties.
     */
    default boolean lossy(V value) {
        return false;
    }
}
