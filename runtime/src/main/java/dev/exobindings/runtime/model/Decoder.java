package dev.exobindings.runtime.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

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
     * The value at {@code parser}'s current token, which is present and not JSON {@code null}: a scalar leaves the
     * parser on its token, a container is read to its end. The decoders of {@link Decoders} read scalars straight
     * from the parser ({@link ModelType#read(JsonParser)} streams a row without building its tree); this default
     * builds the value's tree and calls {@link #decode(JsonNode)}.
     *
     * @throws IOException when the parser cannot read the value
     */
    default V read(JsonParser parser) throws IOException {
        return decode(Trees.read(parser));
    }

    /**
     * Whether {@code value} lost part of what the row said (an enum value outside the generated enum): the model
     * then also keeps the raw JSON value in its extra properties.
     */
    default boolean lossy(V value) {
        return false;
    }
}
