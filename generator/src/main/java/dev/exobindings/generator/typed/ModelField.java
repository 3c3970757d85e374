package dev.exobindings.generator.typed;

/**
 * One property of a model.
 *
 * @param wireName     the name the service sends, e.g. {@code PrimarySmtpAddress}
 * @param constantName the property constant, e.g. {@code PRIMARY_SMTP_ADDRESS}
 * @param accessorName the accessor, e.g. {@code primarySmtpAddress}
 * @param type         the Java shape
 * @param csdlType     the declared CSDL type as written, e.g. {@code Collection(Edm.String)}
 * @param nullable     the CSDL's {@code Nullable}
 */
public record ModelField(String wireName, String constantName, String accessorName, ModelRef type, String csdlType,
                         boolean nullable) {
}
