package dev.exobindings.metadata.model;

import java.util.List;
import java.util.Optional;

/**
 * One parameter of a cmdlet.
 *
 * @param name          e.g. {@code Identity}
 * @param type          the declared type as Exchange names it ({@code MailboxIdParameter},
 *                      {@code MultiValuedProperty}, {@code Unlimited}, {@code SwitchParameter}, an enum name…),
 *                      normalised (no {@code System.} prefix)
 * @param elementType   element type of a multivalue parameter where known, else {@code null}
 * @param multiValued   whether the parameter takes several values
 * @param isSwitch      whether it is a {@code SwitchParameter}
 * @param aliases       PowerShell aliases
 * @param allowedValues a closed value list (ValidateSet, {@code Accepted values:}, a real enum in the docs),
 *                      empty when the values are open
 * @param valuesOrigin  where {@code allowedValues} came from
 * @param internal      documented as reserved for internal use
 * @param deprecated    documented as deprecated
 * @param sets          membership per parameter set (concrete set names of the cmdlet)
 */
public record Parameter(String name, String type, String elementType, boolean multiValued, boolean isSwitch,
                        List<String> aliases, List<String> allowedValues, ValuesOrigin valuesOrigin,
                        boolean internal, boolean deprecated, List<ParameterSetMembership> sets) {

    public Parameter {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        allowedValues = List.copyOf(allowedValues == null ? List.of() : allowedValues);
        valuesOrigin = valuesOrigin == null ? ValuesOrigin.NONE : valuesOrigin;
        sets = List.copyOf(sets == null ? List.of() : sets);
    }

    /** Membership in one set, by name (case-insensitive). */
    public Optional<ParameterSetMembership> inSet(String setName) {
        return sets.stream().filter(s -> s.name().equalsIgnoreCase(setName)).findFirst();
    }
}
