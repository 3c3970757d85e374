package dev.exobindings.generator.model;

import java.util.List;

/**
 * Everything the emitters need, decided and checked.
 *
 * @param packageName          package of the cmdlet classes and the catalog
 * @param enumPackageName      package of the enums
 * @param catalogClassName     simple name of the catalog class
 * @param snapshotName         the snapshot's name (for Javadoc), may be {@code null}
 * @param cmdlets              cmdlets sorted by name
 * @param enums                enums sorted by class name
 * @param unknownTypeFallbacks number of parameters whose type fell back to String
 * @param warnings             warnings, deterministic order
 * @param droppedSets          sets no parameter can select, not generated: {@code Cmdlet [Set]: reason}
 */
public record ServiceModel(String packageName, String enumPackageName, String catalogClassName, String snapshotName,
                           List<CmdletModel> cmdlets, List<EnumModel> enums, int unknownTypeFallbacks,
                           List<String> warnings, List<String> droppedSets) {
    public ServiceModel {
        cmdlets = List.copyOf(cmdlets);
        enums = List.copyOf(enums);
        warnings = List.copyOf(warnings);
        droppedSets = List.copyOf(droppedSets);
    }

    public int parameterCount() {
        return cmdlets.stream().mapToInt(c -> c.parameters().size()).sum();
    }
}
