package dev.exobindings.runtime;

import java.util.List;
import java.util.Objects;

/**
 * One item of a typed {@code invokeAll}: the untyped item (result or failure, warnings, ids) and, on success, its
 * rows as models.
 *
 * @param item the untyped outcome
 * @param rows the rows as models; empty when the item failed
 * @param <R>  the model of one row
 */
public record TypedBatchResult<R>(BatchItemResult item, List<R> rows) {

    public TypedBatchResult {
        Objects.requireNonNull(item, "item");
        rows = List.copyOf(rows);
    }

    /** Whether the call succeeded. */
    public boolean isSuccess() {
        return item.isSuccess();
    }

    /** The rows, or throws the item's failure. */
    public List<R> rowsOrThrow() {
        item.getOrThrow();
        return rows;
    }
}
