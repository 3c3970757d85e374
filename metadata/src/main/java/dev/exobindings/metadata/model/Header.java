package dev.exobindings.metadata.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Snapshot header.
 *
 * @param formatVersion the snapshot format version ({@link #CURRENT_FORMAT_VERSION} for files this code writes)
 * @param name          the snapshot's name, e.g. {@code exchange-online} or {@code security-compliance}
 * @param product       the product every cmdlet of this snapshot targets
 * @param captureDate   ISO date (yyyy-MM-dd) the inputs were captured
 * @param sources       where the facts came from
 * @param counts        named counts (cmdlets, parameters, per-source splits…); sorted by key for stable output
 */
public record Header(int formatVersion, String name, Product product, String captureDate,
                     List<Source> sources, Map<String, Integer> counts) {
    public static final int CURRENT_FORMAT_VERSION = 1;

    public Header {
        sources = List.copyOf(sources == null ? List.of() : sources);
        counts = counts == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
