package dev.exobindings.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.exobindings.generator.typed.ModelClass;
import dev.exobindings.generator.typed.ModelField;
import dev.exobindings.generator.typed.ModelRef;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits one result model: an immutable value class extending the runtime's {@code AbstractModel}, with a typed
 * {@code ModelProperty} constant per property (for {@code select(…)}), {@code MODEL_TYPE} (how a row is read),
 * {@code fromJson} and one accessor per property. A class rather than a record: {@code Mailbox} has 260
 * properties, more than a constructor may take.
 */
public final class ModelEmitter {
    static final ClassName ABSTRACT_MODEL = ClassName.get(JavaTypes.RUNTIME + ".model", "AbstractModel");
    static final ClassName MODEL_TYPE = ClassName.get(JavaTypes.RUNTIME + ".model", "ModelType");
    static final ClassName MODEL_PROPERTY = ClassName.get(JavaTypes.RUNTIME + ".model", "ModelProperty");
    static final ClassName MODEL_VALUES = ClassName.get(JavaTypes.RUNTIME + ".model", "ModelValues");
    static final ClassName DECODERS = ClassName.get(JavaTypes.RUNTIME + ".model", "Decoders");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    private static final int RESULT_OF_LISTED = 20;

    private final String modelPackage;
    private final String enumPackage;

    public ModelEmitter(String modelPackage, String enumPackage) {
        this.modelPackage = modelPackage;
        this.enumPackage = enumPackage;
    }

    public JavaFile emit(ModelClass model) {
        ClassName cls = ClassName.get(modelPackage, model.className());
        TypeSpec.Builder type = TypeSpec.classBuilder(cls).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ABSTRACT_MODEL).addJavadoc("$L", classDoc(model));
        CodeBlock.Builder all = CodeBlock.builder();
        for (int i = 0; i < model.fields().size(); i++) {
            ModelField f = model.fields().get(i);
            TypeName value = javaType(f.type()).box();
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(MODEL_PROPERTY, cls, value),
                            f.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L", "Property " + Javadocs.code(f.wireName()) + " ("
                            + Javadocs.code(f.csdlType()) + ").\n")
                    .initializer("$T.<$T, $T>of($L, $L, $L)", MODEL_PROPERTY, cls, value, i,
                            JavaLiterals.string(f.wireName()), decoder(f.type()))
                    .build());
            all.add(i == 0 ? "$N" : ", $N", f.constantName());
        }
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(MODEL_TYPE, cls), "MODEL_TYPE", Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("This model: its CSDL name, its properties in CSDL order and how a row is read.\n")
                .initializer("$T.<$T>of($L, $T.class, $T::new, $T.<$T>of($L))", MODEL_TYPE, cls,
                        JavaLiterals.string(model.csdlName()), cls, cls, JavaTypes.LIST,
                        ParameterizedTypeName.get(MODEL_PROPERTY, cls, WildcardTypeName.subtypeOf(Object.class)),
                        all.build())
                .build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(MODEL_VALUES, "values").addStatement("super(values)").build());
        type.addMethod(MethodSpec.methodBuilder("fromJson").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(cls).addParameter(JSON_NODE, "row")
                .addJavadoc("Reads one row; properties this model does not declare go to {@code extraProperties()}."
                        + "\n\n@param row a JSON object as the service returns it\n@return the model\n")
                .addStatement("return MODEL_TYPE.read(row)").build());
        for (ModelField f : model.fields()) {
            type.addMethod(accessor(f));
        }
        return CmdletClassEmitter.file(modelPackage, type.build());
    }

    private MethodSpec accessor(ModelField f) {
        TypeName t = javaType(f.type());
        MethodSpec.Builder m = MethodSpec.methodBuilder(f.accessorName()).addModifiers(Modifier.PUBLIC).returns(t)
                .addJavadoc("$L", "Property " + Javadocs.code(f.wireName()) + ", CSDL type "
                        + Javadocs.code(f.csdlType())
                        + (f.nullable() ? "" : ", declared non-nullable") + ".\n\n@return the value, or null when the "
                        + "row did not carry it (not selected) or carried null\n");
        if (f.type().kind() == ModelRef.Kind.BYTES) {
            return m.addStatement("$T value = get($N)", t, f.constantName())
                    .addStatement("return value == null ? null : value.clone()").build();
        }
        return m.addCode(Expression.text("get(" + f.constantName() + ")").returned()).build();
    }

    private String classDoc(ModelClass model) {
        StringBuilder sb = new StringBuilder("The ").append(model.entity() ? "entity" : "complex").append(" type ")
                .append(Javadocs.code(model.csdlName())).append(" of the service's {@code $metadata}");
        if (model.baseType() != null) {
            sb.append(" (base type ").append(Javadocs.code(model.baseType())).append(", whose properties come first)");
        }
        sb.append(": ").append(model.fields().size()).append(" typed properties, immutable.\n");
        sb.append("<p>Row properties it does not declare are kept in {@code extraProperties()}, never dropped. ")
                .append("Its property constants choose {@code $select} columns: {@code select(")
                .append(model.fields().isEmpty() ? "" : model.className() + "." + model.fields().get(0).constantName())
                .append(")}.\n");
        if (!model.resultOf().isEmpty()) {
            int listed = Math.min(RESULT_OF_LISTED, model.resultOf().size());
            sb.append("<p>Returned by: ").append(model.resultOf().subList(0, listed).stream().map(Javadocs::code)
                    .collect(Collectors.joining(", ")));
            if (model.resultOf().size() > listed) {
                sb.append(" and ").append(model.resultOf().size() - listed).append(" more");
            }
            sb.append(".\n");
        }
        return sb.toString();
    }

    TypeName javaType(ModelRef ref) {
        return switch (ref.kind()) {
            case STRING -> JavaTypes.STRING;
            case BOOLEAN -> ClassName.get(Boolean.class);
            case INT32 -> ClassName.get(Integer.class);
            case INT64 -> ClassName.get(Long.class);
            case DOUBLE -> ClassName.get(Double.class);
            case DECIMAL -> ClassName.get("java.math", "BigDecimal");
            case GUID -> ClassName.get("java.util", "UUID");
            case INSTANT -> ClassName.get("java.time", "Instant");
            case DURATION -> ClassName.get("java.time", "Duration");
            case BYTES -> ArrayTypeName.of(TypeName.BYTE);
            case JSON -> JSON_NODE;
            case ENUM -> ClassName.get(enumPackage, ref.className());
            case MODEL -> ClassName.get(modelPackage, ref.className());
            case LIST -> ParameterizedTypeName.get(JavaTypes.LIST, javaType(ref.element()));
        };
    }

    /**
     * The decoder expression. Every generic call in a model names its type arguments (here, in the constants and in
     * {@code MODEL_TYPE}): javac then infers nothing for thousands of constants, which is a large share of
     * compiling the models (measured in BENCHMARKS.md).
     */
    private CodeBlock decoder(ModelRef ref) {
        return switch (ref.kind()) {
            case STRING, BOOLEAN, INT32, INT64, DOUBLE, DECIMAL, INSTANT, DURATION, BYTES, JSON ->
                    CodeBlock.of("$T.$L", DECODERS, ref.kind().name());
            case GUID -> CodeBlock.of("$T.GUID", DECODERS);
            case ENUM -> CodeBlock.of("$T.<$T>wireEnum($T::fromWire, $T.UNRECOGNIZED)", DECODERS,
                    javaType(ref), javaType(ref), javaType(ref));
            case MODEL -> CodeBlock.of("$T.<$T>model(() -> $T.MODEL_TYPE)", DECODERS, javaType(ref), javaType(ref));
            case LIST -> CodeBlock.of("$T.<$T>list($L)", DECODERS, javaType(ref.element()).box(),
                    decoder(ref.element()));
        };
    }
}
