package dev.exobindings.generator.model;

import java.util.List;

/**
 * One parameter set: a nested builder class plus its entry method(s).
 *
 * @param name        the set's PowerShell name
 * @param builderName simple name of the nested builder class
 * @param isDefault   the cmdlet's default set
 * @param parameters  every parameter of the set, snapshot order
 * @param setters     the parameters the builder itself exposes (not bound by the entry, not in the shared base)
 * @param entry       the entry method choosing this set
 * @param plainEntry  {@code all} / {@code create} for a default set without mandatory parameters, else {@code null}
 */
public record ParameterSetModel(String name, String builderName, boolean isDefault, List<SetParameter> parameters,
                                List<SetParameter> setters, EntryModel entry, String plainEntry) {
    public ParameterSetModel {
        parameters = List.copyOf(parameters);
        setters = List.copyOf(setters);
    }
}
