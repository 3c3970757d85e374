package dev.exobindings.metadata.docs;

import java.util.List;

/**
 * One parameter yaml block, values as tolerant parsing found them.
 *
 * @param line           1-based line of the opening fence
 * @param type           the {@code Type:} value, raw (normalised later by {@link TypeNames}); may be blank
 * @param parameterSets  the {@code Parameter Sets:} words; {@link #ALL} stands for every set
 * @param aliases        the {@code Aliases:} values (type leaks removed)
 * @param acceptedValues the {@code Accepted values:} list, empty when absent
 * @param required       {@code Required:} starts with {@code true} (case-insensitive); {@code false} when absent
 * @param position       the {@code Position:} number, or {@code null} for {@code Named}/{@code Positional}
 * @param pipeline       the {@code Accept pipeline input:} value
 * @param applicable     the older layout's {@code Applicable:} key, or {@code null}
 */
public record YamlBlock(int line, String type, List<String> parameterSets, List<String> aliases,
                        List<String> acceptedValues, boolean required, Integer position, PipelineInput pipeline,
                        List<String> applicable) {
    /** Marker in {@link #parameterSets} for {@code (All)} and its variants. */
    public static final String ALL = "(All)";

    public YamlBlock {
        parameterSets = List.copyOf(parameterSets);
        aliases = List.copyOf(aliases);
        acceptedValues = List.copyOf(acceptedValues);
        applicable = applicable == null ? null : List.copyOf(applicable);
    }

    /** Whether the block covers every set. */
    public boolean coversAllSets() {
        return parameterSets.contains(ALL);
    }

    /** Whether the block names {@code setName} (case-insensitive). */
    public boolean names(String setName) {
        return parameterSets.stream().anyMatch(s -> s.equalsIgnoreCase(setName));
    }
}
