package dev.exobindings.metadata.diff;

import java.util.Objects;

/**
 * One change to one parameter.
 *
 * @param parameter the parameter's name (as spelled in the new snapshot when it exists there)
 * @param kind      what changed
 * @param set       the parameter set concerned for {@link ChangeKind#MANDATORY_CHANGED} and
 *                  {@link ChangeKind#SET_MEMBERSHIP_CHANGED}, otherwise {@code null}
 * @param before    the old value ({@code null} for an added parameter)
 * @param after     the new value ({@code null} for a removed parameter)
 */
public record ParameterChange(String parameter, ChangeKind kind, String set, String before, String after) {
    public ParameterChange {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(kind, "kind");
    }
}
