package dev.exobindings.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.exobindings.generator.model.SetterShapes;
import dev.exobindings.generator.model.TypeRef;

/** Translates the model's {@link TypeRef}s into JavaPoet types of the runtime and the JDK. */
final class JavaTypes {
    static final String RUNTIME = "dev.exobindings.runtime";
    static final String VALUES = RUNTIME + ".value";
    static final ClassName ABSTRACT_REQUEST = ClassName.get(RUNTIME, "AbstractCmdletRequest");
    static final ClassName ABSTRACT_TYPED_REQUEST = ClassName.get(RUNTIME, "AbstractTypedCmdletRequest");
    static final ClassName CONFIRM_MODE = ClassName.get(RUNTIME, "ConfirmMode");
    static final ClassName MULTI_VALUE = ClassName.get(VALUES, "MultiValue");
    static final ClassName WIRE_ENUM = ClassName.get(VALUES, "WireEnum");
    static final ClassName RESULT_SIZE = ClassName.get(VALUES, "ResultSize");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName OFFSET_DATE_TIME = ClassName.get("java.time", "OffsetDateTime");
    static final TypeName STRING_MAP = ParameterizedTypeName.get(MAP, STRING, WildcardTypeName.subtypeOf(Object.class));

    private final String enumPackage;

    JavaTypes(String enumPackage) {
        this.enumPackage = enumPackage;
    }

    /** The Java type of a value of this shape; primitives where the shape is primitive. */
    TypeName of(TypeRef type) {
        return switch (type.kind()) {
            case STRING -> STRING;
            case BOOLEAN, SWITCH -> TypeName.BOOLEAN;
            case INT -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case DOUBLE -> TypeName.DOUBLE;
            case UUID -> ClassName.get("java.util", "UUID");
            case INSTANT -> ClassName.get("java.time", "Instant");
            case DURATION -> ClassName.get("java.time", "Duration");
            case UNLIMITED -> ClassName.get(VALUES, "Unlimited");
            case BYTE_SIZE -> ClassName.get(VALUES, "ByteSize");
            case BYTES -> ArrayTypeName.of(TypeName.BYTE);
            case MAP -> STRING_MAP;
            case CREDENTIAL -> ClassName.get(VALUES, "Credential");
            case SECRET -> ClassName.get(VALUES, "Secret");
            case ENUM -> enumClass(type.enumClass());
            case LIST -> ParameterizedTypeName.get(LIST, of(type.element()).box());
            case RESULT_SIZE -> RESULT_SIZE;
        };
    }

    ClassName enumClass(String simpleName) {
        return ClassName.get(enumPackage, simpleName);
    }

    /** Whether {@code T...} of this element type is safe without {@code @SafeVarargs} (a reifiable type). */
    static boolean reifiable(TypeRef element) {
        return SetterShapes.takesVarargs(element);
    }

    /** The expression stored for a value held in {@code variable}: lists and maps are copied. */
    static Expression stored(TypeRef type, String variable) {
        return switch (type.kind()) {
            case LIST -> Expression.code(CodeBlock.of("$T.copyOf($N)", LIST, variable));
            case MAP -> Expression.code(CodeBlock.of("new $T<>($N)", LINKED_HASH_MAP, variable));
            case BYTES -> Expression.text(variable + ".clone()");
            default -> Expression.text(variable);
        };
    }
}
