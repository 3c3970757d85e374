package dev.exobindings.generator.model;

import java.util.List;

/**
 * A generated enum.
 *
 * @param className    simple class name in the enums package
 * @param exchangeType the Exchange type it stands for, or {@code null} for a per-parameter enum of a generic type
 * @param constants    the constants, in first-seen order (union over every parameter that uses the type)
 * @param usedBy       {@code Cmdlet -Parameter} references, sorted
 */
public record EnumModel(String className, String exchangeType, List<EnumConstant> constants, List<String> usedBy) {
    public EnumModel {
        constants = List.copyOf(constants);
        usedBy = List.copyOf(usedBy);
    }

    /**
     * One constant.
     *
     * @param name      Java constant name
     * @param wireValue the exact value sent to the service
     */
    public record EnumConstant(String name, String wireValue) {
    }
}
