package dev.exobindings.metadata.model;

/**
 * How a parameter takes part in one parameter set.
 *
 * @param name                            the set's name
 * @param mandatory                       mandatory in this set
 * @param position                        position for positional binding, or {@code null} when named only
 * @param valueFromPipeline               binds pipeline input by value
 * @param valueFromPipelineByPropertyName binds pipeline input by property name
 */
public record ParameterSetMembership(String name, boolean mandatory, Integer position, boolean valueFromPipeline,
                                     boolean valueFromPipelineByPropertyName) {
}
