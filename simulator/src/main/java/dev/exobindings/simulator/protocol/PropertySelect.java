package dev.exobindings.simulator.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code $select}: keeps only the named properties of each row (names match case-insensitively). */
public final class PropertySelect {
    private final List<String> names;
    private final Set<String> lowerNames;

    private PropertySelect(List<String> names) {
        this.names = List.copyOf(names);
        this.lowerNames = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** Parses the decoded {@code $select} value; {@code null} or blank means "every property". */
    public static PropertySelect parse(String select) {
        List<String> names = new ArrayList<>();
        if (select != null) {
            for (String part : select.split(",")) {
                if (!part.isBlank()) {
                    names.add(part.trim());
                }
            }
        }
        return new PropertySelect(names);
    }

    /** Whether every property is kept. */
    public boolean all() {
        return names.isEmpty();
    }

    /** The raw comma list, for carrying into a nextLink. */
    public String asQueryValue() {
        return String.join(",", names);
    }

    /** Whether {@code name} is selected (every name is when nothing was selected). */
    public boolean includes(String name) {
        return includesLowerCase(name.toLowerCase(Locale.ROOT));
    }

    /** {@link #includes(String)} for a name already in lower case (hot loops). */
    public boolean includesLowerCase(String lowerCaseName) {
        return all() || lowerNames.contains(lowerCaseName);
    }

    /** The row trimmed to the selected properties, in the row's own order. */
    public Map<String, Object> apply(Map<String, Object> row) {
        if (all()) {
            return row;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        row.forEach((key, value) -> {
            if (lowerNames.contains(key.toLowerCase(Locale.ROOT))) {
                kept.put(key, value);
            }
        });
        return kept;
    }
}
