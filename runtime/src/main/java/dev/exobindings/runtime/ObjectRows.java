package dev.exobindings.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.paging.PageParser;
import java.util.List;

/**
 * The check a typed batch item's rows pass before they become models: a model is read from an object's properties,
 * so a row that is {@code 1} or {@code "s"} makes the item's answer unreadable, as it does when a page is streamed.
 */
final class ObjectRows {
    private ObjectRows() {
    }

    /** {@code item}, or its failure when one of its rows is not a JSON object. */
    static BatchItemResult check(BatchItemResult item) {
        if (!item.isSuccess()) {
            return item;
        }
        List<JsonNode> rows = item.result().rows();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isObject()) {
                return BatchItemResult.failure(item.index(), item.request(), new ExchangeException(new ErrorInfo(-1,
                        "UnreadableResponse", null, "the answer could not be read: "
                        + PageParser.notAnObjectRow(rows.get(i).toString(), i).getMessage(), null, null, null,
                        item.request().cmdletName(), item.result().requestId(), item.result().serverRequestId())));
            }
        }
        return item;
    }
}
