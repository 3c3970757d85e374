package dev.exobindings.metadata.docs;

import java.util.Locale;

/**
 * The {@code Accept pipeline input:} value.
 *
 * @param byValue        binds pipeline input by value
 * @param byPropertyName binds pipeline input by property name
 */
public record PipelineInput(boolean byValue, boolean byPropertyName) {
    /** No pipeline input. */
    public static final PipelineInput NONE = new PipelineInput(false, false);

    /**
     * Parses the value case-insensitively. {@code True (ByValue)}, {@code True (ByPropertyName)} and both are read
     * as written. A plain {@code True} (older platyPS output that does not name the kind) is read as by value
     * only: that is what platyPS v1 rendered for {@code ValueFromPipeline}, and the module catalog, when merged,
     * gives the exact kinds anyway. Anything not starting with {@code true} is no pipeline input.
     */
    public static PipelineInput parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (!v.startsWith("true")) {
            return NONE;
        }
        boolean byValue = v.contains("byvalue");
        boolean byProperty = v.contains("bypropertyname");
        if (!byValue && !byProperty) {
            return new PipelineInput(true, false);
        }
        return new PipelineInput(byValue, byProperty);
    }
}
