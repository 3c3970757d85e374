package dev.exobindings.runtime.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A hashtable whose keys keep the order they are written in, PowerShell's {@code @{a=1; b=2}} as the translator
 * prints it: {@code OrderedMap.ofEntries(Map.entry("a", 1), Map.entry("b", 2))}. {@link Map#of} and
 * {@link Map#ofEntries} iterate in no fixed order, so the body they send would list the keys differently from the
 * script (and from run to run); the generated setters keep the order of the map they are given.
 */
public final class OrderedMap {
    private OrderedMap() {
    }

    /**
     * An unmodifiable map of these entries in their order.
     *
     * @throws NullPointerException     for a null entry, key or value
     * @throws IllegalArgumentException for a key given twice
     */
    @SafeVarargs
    public static Map<String, Object> ofEntries(Map.Entry<String, ?>... entries) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : entries) {
            Objects.requireNonNull(entry, "OrderedMap.ofEntries: entry");
            String key = Objects.requireNonNull(entry.getKey(), "OrderedMap.ofEntries: key");
            Object value = Objects.requireNonNull(entry.getValue(), "OrderedMap.ofEntries: value of " + key);
            if (map.put(key, value) != null) {
                throw new IllegalArgumentException("OrderedMap.ofEntries: the key " + key + " is given twice");
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
