package dev.exobindings.generator.typed;

import dev.exobindings.metadata.csdl.CsdlSchema;
import dev.exobindings.generator.model.EnumModel;
import dev.exobindings.generator.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides the models of a CSDL: one class per non-abstract entity or complex type (base-type properties first),
 * Java shapes from Edm types, enums shared with the parameter enums where the Exchange type is the same, names
 * that are valid and unique.
 *
 * <p>Edm → Java: String → String; Boolean → Boolean; Byte, SByte, Int16, Int32 → Integer; Int64 → Long; Double,
 * Single → Double; Decimal → BigDecimal; Guid → UUID; DateTimeOffset, Date → Instant; Duration → Duration;
 * Binary and {@code Collection(Edm.Byte)} → byte[]; an enum type → its enum; a concrete structured type → its model;
 * an abstract or open type without declared properties → JsonNode (the JSON as it came); {@code Collection(T)} →
 * List. Every property is a reference type: a property the row lacks (not selected) reads null.
 */
public final class ModelPlanner {
    /** Names every model has from its base class or constants. */
    private static final Set<String> RESERVED_ACCESSORS = Set.of("extraProperties", "modelType", "get");
    static final String MODEL_TYPE_CONSTANT = "MODEL_TYPE";

    private final NamingStrategy naming = new NamingStrategy();

    /**
     * Plans the models.
     *
     * @param csdl          the service metadata
     * @param paramEnums    the parameter enums already generated (their class names are taken)
     * @param modelPackage  the package of the models
     * @param results       CSDL simple type name → cmdlets that return it
     */
    public ResultModels plan(CsdlSchema csdl, List<EnumModel> paramEnums, String modelPackage,
                             Map<String, List<String>> results, Map<String, String> resultByCmdlet) {
        List<String> warnings = new ArrayList<>();
        Map<String, CsdlSchema.StructuredType> byName = new HashMap<>();
        csdl.types().forEach(t -> {
            byName.put(t.qualifiedName(), t);
            byName.putIfAbsent(t.name(), t);
        });
        List<CsdlSchema.StructuredType> concrete = csdl.types().stream().filter(t -> !opaque(t, byName)).toList();
        List<String> classNames = naming.uniquify(concrete.stream().map(t -> className(t.name())).toList(), true,
                "", Set.of());
        Map<String, String> modelClass = new HashMap<>();
        for (int i = 0; i < concrete.size(); i++) {
            modelClass.put(concrete.get(i).qualifiedName(), classNames.get(i));
        }
        Enums enums = new Enums(csdl, paramEnums);
        List<ModelClass> models = new ArrayList<>();
        for (CsdlSchema.StructuredType t : concrete) {
            String cls = modelClass.get(t.qualifiedName());
            List<CsdlSchema.Property> props = flatten(t, byName, warnings);
            List<String> constants = naming.uniquify(props.stream().map(p -> naming.enumConstantName(p.name()))
                    .toList(), false, "_", Set.of(MODEL_TYPE_CONSTANT));
            List<String> accessors = naming.uniquify(props.stream().map(p -> accessor(p.name())).toList(), false,
                    "", RESERVED_ACCESSORS);
            List<ModelField> fields = new ArrayList<>();
            for (int i = 0; i < props.size(); i++) {
                CsdlSchema.Property p = props.get(i);
                ModelRef element = shape(p, byName, modelClass, enums, cls, warnings);
                ModelRef type = p.collection() && element.kind() != ModelRef.Kind.BYTES ? ModelRef.listOf(element)
                        : element;
                fields.add(new ModelField(p.name(), constants.get(i), accessors.get(i), type,
                        p.collection() ? "Collection(" + p.type() + ")" : p.type(), p.nullable()));
            }
            models.add(new ModelClass(t.qualifiedName(), cls, t.entity(), t.baseType(), fields,
                    results.getOrDefault(t.name(), List.of())));
        }
        models.sort(Comparator.comparing(ModelClass::className));
        Map<String, String> resultClass = new TreeMap<>();
        resultByCmdlet.forEach((cmdlet, type) -> {
            CsdlSchema.StructuredType t = byName.get(type);
            if (t != null && modelClass.containsKey(t.qualifiedName())) {
                resultClass.put(cmdlet, modelClass.get(t.qualifiedName()));
            }
        });
        return new ResultModels(modelPackage, models, enums.added(), resultClass, warnings);
    }

    private static boolean opaque(CsdlSchema.StructuredType t, Map<String, CsdlSchema.StructuredType> byName) {
        return t.isAbstract() || t.open() && flatten(t, byName, new ArrayList<>()).isEmpty();
    }

    private String className(String csdlName) {
        String name = naming.enumClassName(csdlName);
        return name.isEmpty() ? "Model" + csdlName.replaceAll("[^A-Za-z0-9]", "") : name;
    }

    private String accessor(String wireName) {
        String name = naming.parameterMethodName(wireName);
        return RESERVED_ACCESSORS.contains(name) ? name + NamingStrategy.ESCAPE_SUFFIX : name;
    }

    /** Base type properties first; a cycle or missing base is a warning, not a failure. */
    private static List<CsdlSchema.Property> flatten(CsdlSchema.StructuredType t,
                                                     Map<String, CsdlSchema.StructuredType> byName,
                                                     List<String> warnings) {
        List<CsdlSchema.StructuredType> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CsdlSchema.StructuredType cur = t;
        while (cur != null && seen.add(cur.qualifiedName())) {
            chain.add(0, cur);
            if (cur.baseType() == null) {
                break;
            }
            CsdlSchema.StructuredType base = byName.get(cur.baseType());
            if (base == null) {
                warnings.add("CSDL type " + cur.qualifiedName() + ": base type " + cur.baseType()
                        + " is not declared; its properties are not in the model");
            }
            cur = base;
        }
        Map<String, CsdlSchema.Property> props = new LinkedHashMap<>();
        for (CsdlSchema.StructuredType c : chain) {
            for (CsdlSchema.Property p : c.properties()) {
                props.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
            }
        }
        return List.copyOf(props.values());
    }

    private static ModelRef shape(CsdlSchema.Property p, Map<String, CsdlSchema.StructuredType> byName,
                                  Map<String, String> modelClass, Enums enums, String owner, List<String> warnings) {
        String type = p.type();
        if (type.startsWith("Edm.")) {
            ModelRef.Kind kind = switch (type.substring(4)) {
                case "String" -> ModelRef.Kind.STRING;
                case "Boolean" -> ModelRef.Kind.BOOLEAN;
                case "Byte", "SByte", "Int16", "Int32" -> p.collection() && type.equals("Edm.Byte")
                        ? ModelRef.Kind.BYTES : ModelRef.Kind.INT32;
                case "Int64" -> ModelRef.Kind.INT64;
                case "Double", "Single" -> ModelRef.Kind.DOUBLE;
                case "Decimal" -> ModelRef.Kind.DECIMAL;
                case "Guid" -> ModelRef.Kind.GUID;
                case "DateTimeOffset", "Date" -> ModelRef.Kind.INSTANT;
                case "Duration" -> ModelRef.Kind.DURATION;
                case "Binary" -> ModelRef.Kind.BYTES;
                default -> null;
            };
            if (kind == null) {
                warnings.add("Model " + owner + "." + p.name() + ": Edm type " + type + " is read as String");
                return ModelRef.of(ModelRef.Kind.STRING);
            }
            return ModelRef.of(kind);
        }
        String enumClass = enums.classFor(type, owner + "." + p.name());
        if (enumClass != null) {
            return new ModelRef(ModelRef.Kind.ENUM, null, enumClass);
        }
        CsdlSchema.StructuredType t = byName.get(type);
        if (t != null && modelClass.containsKey(t.qualifiedName())) {
            return new ModelRef(ModelRef.Kind.MODEL, null, modelClass.get(t.qualifiedName()));
        }
        if (t == null) {
            warnings.add("Model " + owner + "." + p.name() + ": type " + type + " is not declared; kept as JSON");
        }
        return ModelRef.of(ModelRef.Kind.JSON);
    }

    /** CSDL enums: the parameter enum of the same Exchange type when there is one, else a new enum. */
    private final class Enums {
        private final Map<String, CsdlSchema.EnumType> csdl = new HashMap<>();
        private final Map<String, String> existing = new HashMap<>();
        private final Set<String> taken = new HashSet<>();
        private final Map<String, String> added = new LinkedHashMap<>();
        private final Map<String, Set<String>> usedBy = new HashMap<>();

        Enums(CsdlSchema schema, List<EnumModel> paramEnums) {
            schema.enums().forEach(e -> {
                csdl.put(e.qualifiedName(), e);
                csdl.putIfAbsent(e.name(), e);
            });
            for (EnumModel e : paramEnums) {
                taken.add(e.className().toLowerCase(Locale.ROOT));
                if (e.exchangeType() != null) {
                    existing.putIfAbsent(e.exchangeType().toLowerCase(Locale.ROOT), e.className());
                }
            }
        }

        String classFor(String type, String usedAt) {
            CsdlSchema.EnumType e = csdl.get(type);
            if (e == null) {
                return null;
            }
            String reuse = existing.get(e.name().toLowerCase(Locale.ROOT));
            if (reuse != null) {
                return reuse;
            }
            usedBy.computeIfAbsent(e.qualifiedName(), k -> new TreeSet<>()).add(usedAt);
            return added.computeIfAbsent(e.qualifiedName(), k -> {
                String base = naming.enumClassName(e.name());
                String name = naming.uniquify(List.of(base.isEmpty() ? "Enum" : base), true, "", taken).get(0);
                taken.add(name.toLowerCase(Locale.ROOT));
                return name;
            });
        }

        List<EnumModel> added() {
            List<EnumModel> out = new ArrayList<>();
            added.forEach((qualified, cls) -> {
                CsdlSchema.EnumType e = csdl.get(qualified);
                List<String> wires = e.members().stream().map(CsdlSchema.Member::name).toList();
                List<String> names = naming.uniquify(wires.stream().map(naming::enumConstantName).toList(), false,
                        "_", Set.of(NamingStrategy.UNRECOGNIZED_CONSTANT));
                List<EnumModel.EnumConstant> constants = new ArrayList<>();
                for (int i = 0; i < wires.size(); i++) {
                    constants.add(new EnumModel.EnumConstant(names.get(i), wires.get(i)));
                }
                out.add(new EnumModel(cls, e.name(), constants, List.copyOf(usedBy.get(qualified))));
            });
            out.sort(Comparator.comparing(EnumModel::className));
            return out;
        }
    }
}
