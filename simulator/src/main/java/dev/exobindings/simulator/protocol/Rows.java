package dev.exobindings.simulator.protocol;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A cmdlet's output rows, addressable by position so a page of a large result is built without materialising the
 * rest. Each row maps the cmdlet's PascalCase property names to plain values (String, Boolean, Number, List of
 * String, or null).
 */
public interface Rows {

    /** Number of rows. */
    int size();

    /** The row at {@code index} (0-based). */
    Map<String, Object> row(int index);

    /** Rows from a list. */
    static Rows of(List<Map<String, Object>> list) {
        List<Map<String, Object>> copy = List.copyOf(list);
        return of(copy.size(), copy::get);
    }

    /** Rows computed on demand. */
    static Rows of(int size, IntFunction<Map<String, Object>> rowAt) {
        return new Rows() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Map<String, Object> row(int index) {
                return rowAt.apply(index);
            }
        };
    }

    /** No rows. */
    static Rows none() {
        return of(List.of());
    }
}
