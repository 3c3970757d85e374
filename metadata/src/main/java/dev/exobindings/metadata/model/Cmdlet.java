package dev.exobindings.metadata.model;

import java.util.List;
import java.util.Optional;

/**
 * One cmdlet.
 *
 * @param name                  e.g. {@code Get-Mailbox}
 * @param verb                  e.g. {@code Get}
 * @param noun                  e.g. {@code Mailbox}
 * @param product               product the cmdlet belongs to
 * @param defaultParameterSet   the default parameter set, or {@code null} when unknown
 * @param documentationUrl      link to the cmdlet's reference page, or {@code null}
 * @param supportsShouldProcess whether the cmdlet supports -Confirm/-WhatIf (these are not listed as parameters)
 * @param sources               which inputs the cmdlet was found in
 * @param parameterSets         every parameter set of the cmdlet, in order; a cmdlet without named sets has
 *                              exactly one, {@value #ALL_PARAMETER_SETS}
 * @param parameters            the parameters, in snapshot order
 * @param traits                what the module says about the cmdlet (ShouldProcess, ConfirmImpact, batching,
 *                              routing hint, HTTP timeout), or {@code null} when unknown; when known its
 *                              {@code supportsShouldProcess} equals this record's
 */
public record Cmdlet(String name, String verb, String noun, Product product, String defaultParameterSet,
                     String documentationUrl, boolean supportsShouldProcess, List<SourceKind> sources,
                     List<String> parameterSets, List<Parameter> parameters, CmdletTraits traits) {

    /** PowerShell's name for "the only set" / "every set". */
    public static final String ALL_PARAMETER_SETS = "__AllParameterSets";

    public Cmdlet {
        sources = List.copyOf(sources == null ? List.of() : sources);
        parameterSets = List.copyOf(parameterSets == null ? List.of() : parameterSets);
        parameters = List.copyOf(parameters == null ? List.of() : parameters);
    }

    /** A cmdlet whose traits are unknown (the form importers that do not read a module text build). */
    public Cmdlet(String name, String verb, String noun, Product product, String defaultParameterSet,
                  String documentationUrl, boolean supportsShouldProcess, List<SourceKind> sources,
                  List<String> parameterSets, List<Parameter> parameters) {
        this(name, verb, noun, product, defaultParameterSet, documentationUrl, supportsShouldProcess, sources,
                parameterSets, parameters, null);
    }

    /**
     * This cmdlet with known traits; {@code supportsShouldProcess} follows the traits, because the module is the
     * authority on what the service accepts.
     */
    public Cmdlet withTraits(CmdletTraits known) {
        return new Cmdlet(name, verb, noun, product, defaultParameterSet, documentationUrl,
                known == null ? supportsShouldProcess : known.supportsShouldProcess(), sources, parameterSets,
                parameters, known);
    }

    /** The traits, when known. */
    public Optional<CmdletTraits> knownTraits() {
        return Optional.ofNullable(traits);
    }

    /** Finds a parameter by name, case-insensitively as PowerShell does. */
    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equalsIgnoreCase(parameterName)).findFirst();
    }
}
