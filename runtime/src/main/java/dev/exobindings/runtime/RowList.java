package dev.exobindings.runtime;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The rows {@link ExchangeClient#list(TypedCmdletRequest)} returns: an unmodifiable {@code List} that also says
 * whether the service had more rows than it holds, so a cut list is never taken for the whole. Equality is the
 * {@code List} contract's (the same rows in the same order): {@code truncated()} is not part of it.
 *
 * @param <R> the row type
 */
public final class RowList<R> extends AbstractList<R> implements RandomAccess {
    private final List<R> rows;
    private final boolean truncated;

    RowList(List<R> rows, boolean truncated) {
        this.rows = List.copyOf(rows);
        this.truncated = truncated;
    }

    /**
     * Whether the service had more rows than this list (its ResultSize, or without one its first page, was reached);
     * {@code resultSize(ResultSize.unlimited())} on the request gets every row.
     */
    public boolean truncated() {
        return truncated;
    }

    @Override
    public R get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
