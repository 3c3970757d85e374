package dev.exobindings.generator.typed;

import dev.exobindings.generator.model.EnumModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /**
     * Only the models a generated cmdlet returns, the models their properties reach, and the enums those use. A run
     * that selects some cmdlets (include/exclude globs) wants these; a run of every cmdlet keeps every CSDL type,
     * also those no cmdlet maps to, as row types for calls the mapping does not cover.
     */
    public ResultModels reachableFromResults() {
        Map<String, ModelClass> byClass = models.stream()
                .collect(Collectors.toMap(ModelClass::className, Function.identity()));
        Set<String> kept = new HashSet<>();
        Set<String> enumsUsed = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(resultClass.values());
        while (!todo.isEmpty()) {
            ModelClass model = byClass.get(todo.pop());
            if (model != null && kept.add(model.className())) {
                model.fields().forEach(f -> reach(f.type(), todo, enumsUsed));
            }
        }
        return new ResultModels(packageName, models.stream().filter(m -> kept.contains(m.className())).toList(),
                enums.stream().filter(e -> enumsUsed.contains(e.className())).toList(), resultClass, warnings);
    }

    private static void reach(ModelRef type, Deque<String> models, Set<String> enums) {
        switch (type.kind()) {
            case MODEL -> models.push(type.className());
            case ENUM -> enums.add(type.className());
            case LIST -> reach(type.element(), models, enums);
            default -> {
            }
        }
    }
}
