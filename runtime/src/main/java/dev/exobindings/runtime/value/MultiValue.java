package dev.exobindings.runtime.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Add/remove changes to a multivalued property, PowerShell's {@code @{Add=…; Remove=…}}; sent as
 * {@code {"@odata.type":"#Exchange.GenericHashTable","Add":[…],"Remove":[…]}}.
 *
 * @param <T> element type
 */
public final class MultiValue<T> {
    private final List<T> add;
    private final List<T> remove;

    private MultiValue(List<T> add, List<T> remove) {
        this.add = Collections.unmodifiableList(add);
        this.remove = Collections.unmodifiableList(remove);
    }

    // Each varargs method copies element by element: handing the array itself to another method is what
    // -Xlint:varargs flags, and the copy also keeps callers' later array changes out.
    @SafeVarargs
    public static <T> MultiValue<T> add(T... values) {
        List<T> added = new ArrayList<>();
        for (T value : values) {
            added.add(checked(value, "MultiValue.add"));
        }
        return new MultiValue<>(List.copyOf(added), List.of());
    }

    @SafeVarargs
    public static <T> MultiValue<T> remove(T... values) {
        List<T> removed = new ArrayList<>();
        for (T value : values) {
            removed.add(checked(value, "MultiValue.remove"));
        }
        return new MultiValue<>(List.of(), List.copyOf(removed));
    }

    /** Adds more values to this change. */
    @SafeVarargs
    public final MultiValue<T> andAdd(T... values) {
        List<T> merged = new ArrayList<>(add);
        for (T value : values) {
            merged.add(checked(value, "andAdd"));
        }
        return new MultiValue<>(List.copyOf(merged), remove);
    }

    /** Removes more values in this change. */
    @SafeVarargs
    public final MultiValue<T> andRemove(T... values) {
        List<T> merged = new ArrayList<>(remove);
        for (T value : values) {
            merged.add(checked(value, "andRemove"));
        }
        return new MultiValue<>(add, List.copyOf(merged));
    }

    /** A value of the change; null has no meaning in {@code @{Add=…; Remove=…}}, so it is refused here. */
    private static <T> T checked(T value, String method) {
        if (value == null) {
            throw new NullPointerException(method + "(…) was given a null value; give the values to add or remove, or"
                    + " clear the parameter with its clear method");
        }
        return value;
    }

    public List<T> added() {
        return add;
    }

    public List<T> removed() {
        return remove;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiValue<?> other && add.equals(other.add) && remove.equals(other.remove);
    }

    @Override
    public int hashCode() {
        return add.hashCode() * 31 + remove.hashCode();
    }

    @Override
    public String toString() {
        return "MultiValue[add=" + add + ", remove=" + remove + "]";
    }
}
