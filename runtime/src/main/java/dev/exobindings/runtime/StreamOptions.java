package dev.exobindings.runtime;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Options of {@code stream(…)}: which properties to {@code $select}, and where warnings go.
 *
 * @param select    properties for {@code $select}; empty = the mapped type's properties (or none for JsonNode)
 * @param noSelect  never send {@code $select}, even for a mapped type
 * @param onWarning receives every {@code @adminapi.warnings} entry as the pages arrive
 */
public record StreamOptions(List<String> select, boolean noSelect, Consumer<String> onWarning) {

    public StreamOptions {
        select = List.copyOf(select);
        Objects.requireNonNull(onWarning, "onWarning");
    }

    /** Select what the type needs; warnings go to the client's listener only. */
    public static StreamOptions defaults() {
        return new StreamOptions(List.of(), false, w -> {
        });
    }

    /** Send no {@code $select}: rows carry every property. */
    public static StreamOptions noSelection() {
        return defaults().withNoSelect();
    }

    /** Exactly these properties. */
    public static StreamOptions select(String... properties) {
        return defaults().withSelect(properties);
    }

    /** Copy selecting exactly {@code properties}. */
    public StreamOptions withSelect(String... properties) {
        return new StreamOptions(List.of(properties), false, onWarning);
    }

    /** Copy without {@code $select}. */
    public StreamOptions withNoSelect() {
        return new StreamOptions(List.of(), true, onWarning);
    }

    /** Copy sending warnings to {@code consumer}. */
    public StreamOptions withWarnings(Consumer<String> consumer) {
        return new StreamOptions(select, noSelect, consumer);
    }
}
