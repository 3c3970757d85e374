package dev.exobindings.generator.model;

import java.util.List;

/**
 * A static entry method that chooses a parameter set.
 *
 * @param methodName     e.g. {@code identity}
 * @param arguments      the method's argument: none, or one (the parameter that selects the set, or its first
 *                       mandatory parameter); never two, so every value is named at the call site
 * @param presetSwitches mandatory switches (and a selecting switch) the entry sets to {@code true}
 * @param distinguishing the parameter that exists in this set only and names the method, or {@code null}
 */
public record EntryModel(String methodName, List<SetParameter> arguments, List<SetParameter> presetSwitches,
                         SetParameter distinguishing) {
    public EntryModel {
        arguments = List.copyOf(arguments);
        presetSwitches = List.copyOf(presetSwitches);
        if (arguments.size() > 1) {
            throw new IllegalArgumentException("an entry takes at most one argument: " + methodName);
        }
    }

    /** The argument, or {@code null} for a no-argument entry. */
    public SetParameter argument() {
        return arguments.isEmpty() ? null : arguments.get(0);
    }
}
