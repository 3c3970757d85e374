package dev.exobindings.metadata.csdl;

import java.util.List;
import java.util.Optional;

/**
 * The parts of an OData CSDL document the model emitter needs, as read (no Java naming yet).
 *
 * @param source      where it was read from, for messages
 * @param types       entity and complex types, document order
 * @param enums       enum types, document order
 */
public record CsdlSchema(String source, List<StructuredType> types, List<EnumType> enums) {
    public CsdlSchema {
        types = List.copyOf(types);
        enums = List.copyOf(enums);
    }

    /** A type by qualified ({@code Exchange.Mailbox}) or simple name. */
    public Optional<StructuredType> type(String name) {
        return types.stream().filter(t -> t.qualifiedName().equals(name) || t.name().equals(name)).findFirst();
    }

    /** An enum by qualified or simple name. */
    public Optional<EnumType> enumType(String name) {
        return enums.stream().filter(t -> t.qualifiedName().equals(name) || t.name().equals(name)).findFirst();
    }

    /**
     * An entity or complex type.
     *
     * @param namespace  the schema namespace, e.g. {@code Exchange}
     * @param name       simple name
     * @param entity     entity (true) or complex type
     * @param baseType   qualified base type, or null
     * @param isAbstract {@code Abstract="true"}
     * @param open       {@code OpenType="true"}
     * @param properties declared properties (navigation properties excluded), document order
     */
    public record StructuredType(String namespace, String name, boolean entity, String baseType, boolean isAbstract,
                                 boolean open, List<Property> properties) {
        public StructuredType {
            properties = List.copyOf(properties);
        }

        public String qualifiedName() {
            return namespace + "." + name;
        }
    }

    /**
     * One structural property.
     *
     * @param name       wire name
     * @param type       the element type, qualified ({@code Edm.String}, {@code Exchange.MailboxPermissionInfo})
     * @param collection declared as {@code Collection(…)}
     * @param nullable   {@code Nullable} (default true)
     */
    public record Property(String name, String type, boolean collection, boolean nullable) {
    }

    /**
     * An enum type.
     *
     * @param namespace schema namespace
     * @param name      simple name
     * @param flags     {@code IsFlags="true"}
     * @param members   members, document order
     */
    public record EnumType(String namespace, String name, boolean flags, List<Member> members) {
        public EnumType {
            members = List.copyOf(members);
        }

        public String qualifiedName() {
            return namespace + "." + name;
        }
    }

    /**
     * An enum member.
     *
     * @param name  the wire name
     * @param value the numeric value as written, or null
     */
    public record Member(String name, String value) {
    }
}
