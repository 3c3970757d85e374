package dev.exobindings.generator.model;

/**
 * What the type mapper decided for one parameter, before enum classes are named.
 *
 * @param list        the parameter takes several values
 * @param kind        the scalar kind, or the element kind of a list; {@link TypeRef.Kind#ENUM} for an enum
 * @param enumKey     identity of the enum (shared by every parameter of the same Exchange type), else {@code null}
 * @param enumType    the Exchange type the enum is named after, or {@code null} for a per-parameter enum
 * @param unknownType the unknown Exchange type name that fell back to String, else {@code null}
 */
record TypeDecision(boolean list, TypeRef.Kind kind, String enumKey, String enumType, String unknownType) {

    /** The final type, given the class name assigned to this decision's enum. */
    TypeRef toTypeRef(String enumClassName) {
        TypeRef scalar = kind == TypeRef.Kind.ENUM ? TypeRef.enumNamed(enumClassName) : TypeRef.of(kind);
        return list ? TypeRef.listOf(scalar) : scalar;
    }
}
