package dev.exobindings.generator.typed;

import java.util.List;

/**
 * What the typed-results part of a run did.
 *
 * @param models                 model classes generated
 * @param enumsAdded             enums the CSDL added (beyond the parameter enums)
 * @param mappedCmdlets          generated cmdlets whose builders carry a result type
 * @param unmappedGetCmdlets     generated Get cmdlets without one (no CSDL type for the noun, no table row), sorted
 * @param parametersGainingValues {@code Cmdlet -Parameter} that got a closed list from a CSDL enum
 */
public record ResultTypesReport(int models, int enumsAdded, int mappedCmdlets, List<String> unmappedGetCmdlets,
                                List<String> parametersGainingValues) {
    public ResultTypesReport {
        unmappedGetCmdlets = List.copyOf(unmappedGetCmdlets);
        parametersGainingValues = List.copyOf(parametersGainingValues);
    }

    /** A run without CSDL. */
    public static ResultTypesReport none() {
        return new ResultTypesReport(0, 0, 0, List.of(), List.of());
    }
}
