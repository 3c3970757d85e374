package dev.exobindings.generator.model;

import java.util.List;

/**
 * One parameter set: a nested builder class, the entry methods choosing it and the staged steps that name its
 * remaining mandatory parameters.
 *
 * @param name        the set's PowerShell name
 * @param builderName simple name of the nested builder class
 * @param isDefault   the cmdlet's default set
 * @param parameters  every parameter of the set, snapshot order
 * @param setters     the parameters the builder itself exposes (optional here, not in the shared base)
 * @param entries     the static entry methods choosing this set (at least one): each takes at most one argument
 * @param steps       mandatory parameters no entry binds, in position then name order: each is a staged step
 *                    (a nested class with one method) between the entry and the builder
 */
public record ParameterSetModel(String name, String builderName, boolean isDefault, List<SetParameter> parameters,
                                List<SetParameter> setters, List<EntryModel> entries, List<SetParameter> steps) {
    public ParameterSetModel {
        parameters = List.copyOf(parameters);
        setters = List.copyOf(setters);
        entries = List.copyOf(entries);
        steps = List.copyOf(steps);
    }

    /** The first entry (the one the class Javadoc names first). */
    public EntryModel entry() {
        return entries.get(0);
    }
}
