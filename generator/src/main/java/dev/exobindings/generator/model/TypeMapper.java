package dev.exobindings.generator.model;

import dev.exobindings.metadata.model.Parameter;
import java.util.Optional;

/**
 * Maps a snapshot parameter's declared type to a Java shape. Stateless.
 *
 * <p>Order of decisions: switch; {@code Byte[]} (a blob, not a list); several values (the multivalued flag, an
 * array, a container such as {@code MultiValuedProperty} or {@code …Collection}) → list of the element; a closed
 * value list on a text or unknown type → enum; a known scalar; otherwise String, reported as an unknown type.
 */
final class TypeMapper {

    TypeDecision decide(String cmdletName, Parameter parameter) {
        ExchangeTypeName declared = ExchangeTypeName.parse(parameter.type());
        String key = declared.key();
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

    private TypeDecision scalar(String cmdletName, Parameter parameter, ExchangeTypeName type, boolean list) {
        String key = type.key();
        if (key.equals("hashtable") || key.equals("pswshashtable") || key.equals("dictionary")) {
            return new TypeDecision(list, TypeRef.Kind.MAP, null, null, null);
        }
        Optional<TypeRef.Kind> known = ScalarTypes.kindOf(key);
        boolean enumCandidate = !parameter.allowedValues().isEmpty()
                && (known.isEmpty() || (known.get() == TypeRef.Kind.STRING && !ScalarTypes.isIdentity(key)));
        if (enumCandidate) {
            boolean generic = ScalarTypes.isGeneric(key);
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
