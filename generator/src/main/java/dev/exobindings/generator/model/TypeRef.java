package dev.exobindings.generator.model;

import java.util.Objects;

/**
 * The Java shape of a parameter, decided once in the model; emitters only translate it to JavaPoet types.
 *
 * @param kind      what the value is
 * @param element   element type of a {@link Kind#LIST}, else {@code null}
 * @param enumClass simple name of the generated enum for {@link Kind#ENUM}, else {@code null}
 */
public record TypeRef(Kind kind, TypeRef element, String enumClass) {

    /** The Java shapes the generator knows. */
    public enum Kind {
        STRING, BOOLEAN, INT, LONG, DOUBLE, UUID, INSTANT, DURATION, UNLIMITED, BYTE_SIZE, BYTES, MAP, CREDENTIAL,
        SECRET, SWITCH, ENUM, LIST,
        /** {@code -ResultSize}: a row count or Unlimited, its own runtime type so a size cannot be passed. */
        RESULT_SIZE
    }

    public TypeRef {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.LIST) != (element != null)) {
            throw new IllegalArgumentException("element is required for LIST only");
        }
        if ((kind == Kind.ENUM) != (enumClass != null)) {
            throw new IllegalArgumentException("enumClass is required for ENUM only");
        }
    }

    public static TypeRef of(Kind kind) {
        return new TypeRef(kind, null, null);
    }

    public static TypeRef listOf(TypeRef element) {
        return new TypeRef(Kind.LIST, element, null);
    }

    public static TypeRef enumNamed(String enumClass) {
        return new TypeRef(Kind.ENUM, null, enumClass);
    }

    public boolean isList() {
        return kind == Kind.LIST;
    }
}
