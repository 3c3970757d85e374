package dev.exobindings.capture.psm1;

/**
 * One {@code [Parameter(…)]} attribute of a proxy parameter: its membership in one set.
 *
 * @param setName                         {@code ParameterSetName}, or {@code null} when the attribute names no set
 *                                        (then it applies to every set, {@code __AllParameterSets})
 * @param mandatory                       {@code Mandatory}
 * @param position                        {@code Position}, or {@code null} when named only
 * @param valueFromPipeline               {@code ValueFromPipeline}
 * @param valueFromPipelineByPropertyName {@code ValueFromPipelineByPropertyName}
 */
public record ParameterAttribute(String setName, boolean mandatory, Integer position, boolean valueFromPipeline,
                                 boolean valueFromPipelineByPropertyName) {
}
