package dev.exobindings.generator.model;

import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a snapshot parameter's declared type to a Java shape. Stateless.
 *
 * <p>Order of decisions: switch; {@code Byte[]} (a blob, not a list); several values (the multivalued flag, an
 * array, a container such as {@code MultiValuedProperty} or {@code …Collection}) → list of the element; a closed
 * value list on an unknown (enum) type, or a ValidateSet / {@code Accepted values} list on a text type → enum (a
 * type with an enum uses it on every parameter of that type); a known scalar; otherwise String, reported as an
 * unknown type.
 */
final class TypeMapper {
    /** Lower-cased Exchange type names that have an enum (some parameter of that type lists its values). */
    private final Set<String> enumTypes;

    TypeMapper(Set<String> enumTypes) {
        this.enumTypes = Set.copyOf(enumTypes);
    }

    /**
     * The lower-cased Exchange type name a parameter's value list would name an enum after, or {@code null} when
     * the parameter has no value list or its type is too generic to name an enum.
     */
    static String enumTypeKey(Parameter parameter) {
        if (parameter.allowedValues().isEmpty() || parameter.isSwitch()) {
            return null;
        }
        ExchangeTypeName declared = ExchangeTypeName.parse(parameter.type());
        ExchangeTypeName element = parameter.elementType() != null && !parameter.elementType().isBlank()
                ? ExchangeTypeName.parse(parameter.elementType()) : declared;
        return ScalarTypes.isGeneric(element.key()) ? null : element.key();
    }

    TypeDecision decide(String cmdletName, Parameter parameter) {
        ExchangeTypeName declared = ExchangeTypeName.parse(parameter.type());
        String key = declared.key();
        if (isResultSize(parameter, declared)) {
            return new TypeDecision(false, TypeRef.Kind.RESULT_SIZE, null, null, null);
        }
        if (parameter.isSwitch() || key.equals("switchparameter") || key.equals("switch")) {
            return new TypeDecision(false, TypeRef.Kind.SWITCH, null, null, null);
        }
        if (declared.array() && (key.equals("byte") || key.equals("sbyte"))) {
            return new TypeDecision(false, TypeRef.Kind.BYTES, null, null, null);
        }
        boolean container = ScalarTypes.isContainer(key);
        boolean list = parameter.multiValued() || declared.array() || container;
        ExchangeTypeName element = declared;
        if (parameter.elementType() != null && !parameter.elementType().isBlank()) {
            element = ExchangeTypeName.parse(parameter.elementType());
        } else if (container) {
            ExchangeTypeName arg = declared.firstGenericArg();
            element = arg != null ? arg : ExchangeTypeName.parse("String");
        }
        return scalar(cmdletName, parameter, element, list);
    }

    /**
     * {@code -ResultSize} is a row count or {@code Unlimited}: declared {@code Unlimited}, or untyped in the module
     * catalog ({@code Object}); an {@code Int32} ResultSize stays an int.
     */
    private static boolean isResultSize(Parameter parameter, ExchangeTypeName declared) {
        String key = declared.key();
        return parameter.name().equalsIgnoreCase("ResultSize") && !declared.array() && !parameter.multiValued()
                && (key.equals("unlimited") || key.equals("object") || key.isEmpty());
    }

    private TypeDecision scalar(String cmdletName, Parameter parameter, ExchangeTypeName type, boolean list) {
        String key = type.key();
        if (key.equals("hashtable") || key.equals("pswshashtable") || key.equals("dictionary")) {
            return new TypeDecision(list, TypeRef.Kind.MAP, null, null, null);
        }
        Optional<TypeRef.Kind> known = ScalarTypes.kindOf(key);
        boolean textual = known.isEmpty() || (known.get() == TypeRef.Kind.STRING && !ScalarTypes.isIdentity(key));
        boolean generic = ScalarTypes.isGeneric(key);
        // A list read from docs prose is trusted only where it names a real enum type; on a text type (String,
        // ProxyAddress…) it is more often a list of examples or prefixes, so it stays String (values in Javadoc).
        boolean trustedValues = !parameter.allowedValues().isEmpty()
                && (!generic || parameter.valuesOrigin() != ValuesOrigin.DOCS_PROSE);
        // A type that has an enum uses it even where this parameter lists no values itself.
        boolean enumCandidate = textual && (trustedValues || enumTypes.contains(key));
        if (enumCandidate) {
            String enumKey = generic ? "parameter:" + cmdletName + ":" + parameter.name() : "type:" + key;
            return new TypeDecision(list, TypeRef.Kind.ENUM, enumKey, generic ? null : type.simple(), null);
        }
        if (known.isPresent()) {
            TypeRef.Kind kind = known.get();
            // A nested list of switches makes no sense; a "switch" element is sent as a boolean.
            return new TypeDecision(list, kind == TypeRef.Kind.SWITCH ? TypeRef.Kind.BOOLEAN : kind, null, null, null);
        }
        String unknown = type.simple().isEmpty() ? String.valueOf(parameter.type()) : type.simple();
        return new TypeDecision(list, TypeRef.Kind.STRING, null, null, unknown);
    }
}
