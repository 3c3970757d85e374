package dev.exobindings.generator.typed;

import java.util.Objects;

/**
 * The Java shape of one model property.
 *
 * @param kind      what it is
 * @param element   for {@link Kind#LIST}, the element; else null
 * @param className for {@link Kind#ENUM} the enum's simple name (enums package), for {@link Kind#MODEL} the model's
 *                  simple name (model package); else null
 */
public record ModelRef(Kind kind, ModelRef element, String className) {

    /** The shapes; each has one runtime decoder. */
    public enum Kind { STRING, BOOLEAN, INT32, INT64, DOUBLE, DECIMAL, GUID, INSTANT, DURATION, BYTES, JSON, ENUM, MODEL, LIST }

    public ModelRef {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.LIST) != (element != null)) {
            throw new IllegalArgumentException("element is for LIST only");
        }
        if ((kind == Kind.ENUM || kind == Kind.MODEL) != (className != null)) {
            throw new IllegalArgumentException("className is for ENUM and MODEL only");
        }
    }

    public static ModelRef of(Kind kind) {
        return new ModelRef(kind, null, null);
    }

    public static ModelRef listOf(ModelRef element) {
        return new ModelRef(Kind.LIST, element, null);
    }
}
