package dev.exobindings.capture.psm1;

import java.util.List;

/**
 * One parameter of a proxy function's {@code param()} block.
 *
 * @param name                   the name, as in {@code ${Name}}
 * @param attributes             its {@code [Parameter(…)]} attributes, one per set; empty = member of every set with
 *                               no flags
 * @param type                   the type constraint as written ({@code string}, {@code System.Object[]}…), or
 *                               {@code null} when untyped (Exchange types are untyped in the proxy)
 * @param aliases                {@code [Alias(…)]} values
 * @param validateSet            {@code [ValidateSet(…)]} values, empty when none
 * @param validateNotNullOrEmpty {@code [ValidateNotNullOrEmpty()]}
 * @param validateNotNull        {@code [ValidateNotNull()]}
 * @param validateLength         {@code [ValidateLength(a,b)]} or {@code null}
 * @param validateRange          {@code [ValidateRange(a,b)]} or {@code null}
 * @param validateCount          {@code [ValidateCount(a,b)]} or {@code null}
 */
public record ProxyParameter(String name, List<ParameterAttribute> attributes, String type, List<String> aliases,
                             List<String> validateSet, boolean validateNotNullOrEmpty, boolean validateNotNull,
                             Bounds validateLength, Bounds validateRange, Bounds validateCount) {
    public ProxyParameter {
        attributes = List.copyOf(attributes);
        aliases = List.copyOf(aliases);
        validateSet = List.copyOf(validateSet);
    }

    /** Whether the type constraint is {@code [switch]}. */
    public boolean isSwitch() {
        return type != null && (type.equalsIgnoreCase("switch")
                || type.equalsIgnoreCase("System.Management.Automation.SwitchParameter")
                || type.equalsIgnoreCase("SwitchParameter"));
    }
}
