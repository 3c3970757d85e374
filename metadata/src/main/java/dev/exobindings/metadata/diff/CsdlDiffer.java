package dev.exobindings.metadata.diff;

import dev.exobindings.metadata.csdl.CsdlSchema;
import dev.exobindings.metadata.csdl.CsdlSchema.EnumType;
import dev.exobindings.metadata.csdl.CsdlSchema.Property;
import dev.exobindings.metadata.csdl.CsdlSchema.StructuredType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two CSDL documents as the generated result models see them: structured types (model classes), their
 * properties (getters and constants) and enum types (constants). A removal or a retyping is breaking; an addition
 * is not. Navigation properties are not generated, so they are not compared.
 */
public final class CsdlDiffer {
    private CsdlDiffer() {
    }

    /** The rows, sorted by type, then member (type-level rows first), then kind. */
    public static List<ModelDiffRow> diff(CsdlSchema before, CsdlSchema after) {
        List<ModelDiffRow> rows = new ArrayList<>();
        Map<String, StructuredType> oldTypes = byName(before.types(), StructuredType::qualifiedName);
        Map<String, StructuredType> newTypes = byName(after.types(), StructuredType::qualifiedName);
        for (StructuredType gone : onlyIn(oldTypes, newTypes)) {
            rows.add(new ModelDiffRow(gone.qualifiedName(), null, ModelChangeKind.TYPE_REMOVED, gone.name(), null,
                    true, "its model class disappears"));
        }
        for (StructuredType added : onlyIn(newTypes, oldTypes)) {
            rows.add(new ModelDiffRow(added.qualifiedName(), null, ModelChangeKind.TYPE_ADDED, null, added.name(),
                    false, "a new model class"));
        }
        for (StructuredType old : oldTypes.values()) {
            StructuredType now = newTypes.get(old.qualifiedName());
            if (now != null) {
                properties(old, now, rows);
            }
        }
        Map<String, EnumType> oldEnums = byName(before.enums(), EnumType::qualifiedName);
        Map<String, EnumType> newEnums = byName(after.enums(), EnumType::qualifiedName);
        for (EnumType gone : onlyIn(oldEnums, newEnums)) {
            rows.add(new ModelDiffRow(gone.qualifiedName(), null, ModelChangeKind.ENUM_REMOVED, gone.name(), null,
                    true, "the enum a model property used disappears"));
        }
        for (EnumType added : onlyIn(newEnums, oldEnums)) {
            rows.add(new ModelDiffRow(added.qualifiedName(), null, ModelChangeKind.ENUM_ADDED, null, added.name(),
                    false, "a new enum"));
        }
        for (EnumType old : oldEnums.values()) {
            EnumType now = newEnums.get(old.qualifiedName());
            if (now != null) {
                members(old, now, rows);
            }
        }
        rows.sort(Comparator.comparing(ModelDiffRow::type)
                .thenComparing(r -> r.member() == null ? "" : r.member())
                .thenComparing(ModelDiffRow::kind));
        return List.copyOf(rows);
    }

    private static void properties(StructuredType old, StructuredType now, List<ModelDiffRow> rows) {
        String type = old.qualifiedName();
        if (!Objects.equals(old.baseType(), now.baseType())) {
            rows.add(new ModelDiffRow(type, null, ModelChangeKind.BASE_TYPE_CHANGED, old.baseType(), now.baseType(),
                    true, "the properties it inherits change"));
        }
        Map<String, Property> before = byName(old.properties(), Property::name);
        Map<String, Property> after = byName(now.properties(), Property::name);
        for (Property gone : onlyIn(before, after)) {
            rows.add(new ModelDiffRow(type, gone.name(), ModelChangeKind.PROPERTY_REMOVED, shape(gone), null, true,
                    "its getter and constant disappear"));
        }
        for (Property added : onlyIn(after, before)) {
            rows.add(new ModelDiffRow(type, added.name(), ModelChangeKind.PROPERTY_ADDED, null, shape(added), false,
                    "a new getter and constant"));
        }
        for (Property was : before.values()) {
            Property is = after.get(was.name());
            if (is != null && !shape(was).equals(shape(is))) {
                rows.add(new ModelDiffRow(type, was.name(), ModelChangeKind.PROPERTY_TYPE_CHANGED, shape(was),
                        shape(is), true, "its getter returns another type"));
            }
        }
    }

    private static void members(EnumType old, EnumType now, List<ModelDiffRow> rows) {
        Map<String, CsdlSchema.Member> before = byName(old.members(), CsdlSchema.Member::name);
        Map<String, CsdlSchema.Member> after = byName(now.members(), CsdlSchema.Member::name);
        for (CsdlSchema.Member gone : onlyIn(before, after)) {
            rows.add(new ModelDiffRow(old.qualifiedName(), gone.name(), ModelChangeKind.ENUM_MEMBER_REMOVED,
                    gone.name(), null, true, "its constant disappears"));
        }
        for (CsdlSchema.Member added : onlyIn(after, before)) {
            rows.add(new ModelDiffRow(old.qualifiedName(), added.name(), ModelChangeKind.ENUM_MEMBER_ADDED, null,
                    added.name(), false, "a new constant"));
        }
    }

    /** The type as the model's getter sees it: element type, and whether it is a collection. */
    private static String shape(Property p) {
        return p.collection() ? "Collection(" + p.type() + ")" : p.type();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The values of {@code from} whose key {@code other} lacks. */
    private static <T> List<T> onlyIn(Map<String, T> from, Map<String, T> other) {
        return from.entrySet().stream().filter(e -> !other.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    }
}
