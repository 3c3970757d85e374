package dev.exobindings.generator.model;

import java.util.List;

/**
 * One parameter of a cmdlet, named and typed.
 *
 * @param name          PowerShell name, sent on the wire
 * @param methodName    Java setter / argument name
 * @param declaredType  the Exchange type as the snapshot states it (for Javadoc)
 * @param type          the Java shape
 * @param unknownType   the declared type was not recognised and fell back to String
 * @param aliases       PowerShell aliases (Javadoc only)
 * @param allowedValues closed value list (enum constants, or Javadoc when the Java type is not an enum)
 * @param internal      documented as internal-only
 * @param deprecated    documented as deprecated
 * @param clearMethodName the method that sends {@code $null} for it ({@code clearForwardingSmtpAddress}), unique
 *                        among the cmdlet's method names
 * @param flags         an enum whose values combine ({@code "MailboxUsers,MailContacts"}); see {@code FlagsEnums}
 */
public record ParameterModel(String name, String methodName, String declaredType, TypeRef type, boolean unknownType,
                             List<String> aliases, List<String> allowedValues, boolean internal, boolean deprecated,
                             String clearMethodName, boolean flags) {
    public ParameterModel {
        aliases = List.copyOf(aliases);
        allowedValues = List.copyOf(allowedValues);
    }

    public boolean isSwitch() {
        return type.kind() == TypeRef.Kind.SWITCH;
    }
}
