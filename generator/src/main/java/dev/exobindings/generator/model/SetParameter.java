package dev.exobindings.generator.model;

/**
 * A parameter as it takes part in one parameter set.
 *
 * @param parameter            the parameter
 * @param mandatory            mandatory in this set
 * @param position             positional index, or {@code null} when named only
 * @param pipelineByValue      binds pipeline input by value
 * @param pipelineByProperty   binds pipeline input by property name
 */
public record SetParameter(ParameterModel parameter, boolean mandatory, Integer position, boolean pipelineByValue,
                           boolean pipelineByProperty) {
}
