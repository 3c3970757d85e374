package dev.exobindings.runtime.paging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.runtime.model.ModelType;
import java.io.IOException;

/**
 * How a page's rows are read: one row from the streaming parser (the page body is never turned into one tree), or
 * from a row already parsed (a {@code $batch} sub-response arrives inside the batch's tree).
 *
 * @param <R> the row type
 */
public interface RowReader<R> {

    /** Rows as JSON trees, one tree per row. */
    RowReader<JsonNode> TREES = new RowReader<>() {
        private final ObjectMapper json = new ObjectMapper();

        @Override
        public JsonNode read(JsonParser parser) throws IOException {
            return json.readTree(parser);
        }

        @Override
        public JsonNode fromTree(JsonNode row) {
            return row;
        }
    };

    /** The row at {@code parser}'s current token; the parser is left on the row's last token. */
    R read(JsonParser parser) throws IOException;

    /** The row from its tree. */
    R fromTree(JsonNode row);

    /**
     * Whether every row must be a JSON object: a model is read from an object's properties, so a row that is
     * {@code 1} or {@code "s"} is an answer it cannot read, not an empty model. JSON trees take any row.
     */
    default boolean needsObjectRows() {
        return false;
    }

    /** Rows bound to a generated model straight from the parser ({@link ModelType#read(JsonParser)}). */
    static <M> RowReader<M> models(ModelType<M> type) {
        return new RowReader<>() {
            @Override
            public M read(JsonParser parser) throws IOException {
                return type.read(parser);
            }

            @Override
            public M fromTree(JsonNode row) {
                return type.read(row);
            }

            @Override
            public boolean needsObjectRows() {
                return true;
            }
        };
    }
}
