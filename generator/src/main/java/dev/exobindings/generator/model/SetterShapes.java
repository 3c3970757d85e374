package dev.exobindings.generator.model;

/**
 * Which setter overloads a parameter's type gets. Decided here once: {@code emit.SetterEmitter} emits them and the
 * translator ({@code translate.JavaRenderer}) writes calls against them, so the two cannot drift apart.
 */
public final class SetterShapes {
    private SetterShapes() {
    }

    /** A list parameter also takes {@code T...}: only for a reifiable element (no {@code @SafeVarargs} needed). */
    public static boolean takesVarargs(TypeRef element) {
        return element.kind() != TypeRef.Kind.MAP && element.kind() != TypeRef.Kind.LIST;
    }

    /** An enum (or list of enums) setter also takes raw {@code String} values the enum does not list. */
    public static boolean takesRawStrings(TypeRef type) {
        return type.kind() == TypeRef.Kind.ENUM
                || type.kind() == TypeRef.Kind.LIST && type.element().kind() == TypeRef.Kind.ENUM;
    }

    /** A date setter also takes an {@code OffsetDateTime}. */
    public static boolean takesOffsetDateTime(TypeRef type) {
        return type.kind() == TypeRef.Kind.INSTANT;
    }
}
