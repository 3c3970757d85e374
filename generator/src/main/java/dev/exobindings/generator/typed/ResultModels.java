package dev.exobindings.generator.typed;

import dev.exobindings.generator.model.EnumModel;
import java.util.List;
import java.util.Map;

/**
 * Everything the model emitter and the cmdlet emitter need about result types, decided.
 *
 * @param packageName   the model package
 * @param models        generated models, sorted by class name
 * @param enums         enums the CSDL adds (its enums no parameter enum already stands for)
 * @param resultClass   model class name per cmdlet name (only the generated cmdlets that are mapped)
 * @param warnings      warnings, deterministic order
 */
public record ResultModels(String packageName, List<ModelClass> models, List<EnumModel> enums,
                           Map<String, String> resultClass, List<String> warnings) {
    public ResultModels {
        models = List.copyOf(models);
        enums = List.copyOf(enums);
        resultClass = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(resultClass)); // sorted: reports are stable
        warnings = List.copyOf(warnings);
    }

    /** No models: what a generation without CSDL gives. */
    public static ResultModels none(String packageName) {
        return new ResultModels(packageName, List.of(), List.of(), Map.of(), List.of());
    }
}
