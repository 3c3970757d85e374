package dev.exobindings.generator.model;

import java.util.List;

/**
 * One cmdlet, with its parameter sets analysed.
 *
 * @param name                  e.g. {@code Get-Mailbox}
 * @param className             e.g. {@code GetMailbox}
 * @param verb                  e.g. {@code Get}
 * @param documentationUrl      the reference page, or {@code null} when absent or not an http(s) URL
 * @param supportsShouldProcess whether the cmdlet supports -Confirm/-WhatIf (the descriptor says the same)
 * @param parameters            every parameter (Confirm/WhatIf excluded), snapshot order
 * @param sets                  the parameter sets, snapshot order
 * @param sharedBaseName        simple name of the abstract base holding setters common to every set, or
 *                              {@code null} when there is none
 * @param sharedSetters         the parameters in every set that no entry method binds (setters of the shared base)
 * @param descriptor            traits and parameter meaning for the generated {@code DESCRIPTOR}
 */
public record CmdletModel(String name, String className, String verb, String documentationUrl,
                          boolean supportsShouldProcess, List<ParameterModel> parameters, List<ParameterSetModel> sets,
                          String sharedBaseName, List<ParameterModel> sharedSetters, DescriptorModel descriptor) {
    public CmdletModel {
        parameters = List.copyOf(parameters);
        sets = List.copyOf(sets);
        sharedSetters = List.copyOf(sharedSetters);
    }

    /** The sets a parameter belongs to, by name, in set order. */
    public List<String> setsOf(ParameterModel parameter) {
        return sets.stream().filter(s -> s.parameters().stream().anyMatch(p -> p.parameter() == parameter))
                .map(ParameterSetModel::name).toList();
    }
}
