package dev.exobindings.generator.model;

import java.util.List;

/**
 * A static entry method that chooses a parameter set.
 *
 * @param methodName     e.g. {@code identity}
 * @param arguments      the method's arguments, in order: the distinguishing parameter (if it is not a switch),
 *                       then the set's mandatory non-switch parameters by position, then name
 * @param presetSwitches mandatory switches (and a distinguishing switch) the entry sets to {@code true}
 * @param distinguishing the parameter that exists in this set only and names the method, or {@code null}
 */
public record EntryModel(String methodName, List<SetParameter> arguments, List<SetParameter> presetSwitches,
                         SetParameter distinguishing) {
    public EntryModel {
        arguments = List.copyOf(arguments);
        presetSwitches = List.copyOf(presetSwitches);
    }
}
