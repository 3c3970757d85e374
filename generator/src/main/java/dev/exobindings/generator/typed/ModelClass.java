package dev.exobindings.generator.typed;

import java.util.List;

/**
 * One generated model.
 *
 * @param csdlName  qualified CSDL name, e.g. {@code Exchange.Mailbox}
 * @param className simple Java name in the model package
 * @param entity    an entity type (else a complex type)
 * @param baseType  the CSDL base type whose properties come first, or null
 * @param fields    properties: the base type's first, then its own, CSDL order
 * @param resultOf  the cmdlets that return it, sorted
 */
public record ModelClass(String csdlName, String className, boolean entity, String baseType, List<ModelField> fields,
                         List<String> resultOf) {
    public ModelClass {
        fields = List.copyOf(fields);
        resultOf = List.copyOf(resultOf);
    }
}
