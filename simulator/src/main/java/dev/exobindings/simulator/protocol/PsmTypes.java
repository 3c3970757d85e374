package dev.exobindings.simulator.protocol;

import dev.exobindings.metadata.model.Parameter;

import java.util.Map;

/**
 * The type constraint the module writes for a parameter: only PowerShell/.NET-level types; Exchange types (identity
 * parameters, enums, {@code MultiValuedProperty}) stay untyped, or {@code System.Object[]} when they take several
 * values, as in the real module.
 */
final class PsmTypes {
    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("SwitchParameter", "switch"), Map.entry("String", "string"), Map.entry("Boolean", "bool"),
            Map.entry("Int32", "int"), Map.entry("UInt32", "uint"), Map.entry("Int64", "long"),
            Map.entry("UInt16", "ushort"), Map.entry("Guid", "guid"), Map.entry("DateTime", "datetime"),
            Map.entry("TimeSpan", "timespan"), Map.entry("PSCredential", "pscredential"),
            Map.entry("SecureString", "securestring"), Map.entry("Uri", "uri"), Map.entry("CultureInfo", "cultureinfo"),
            Map.entry("Hashtable", "hashtable"), Map.entry("Hashtable[]", "hashtable[]"), Map.entry("Byte[]", "byte[]"),
            Map.entry("String[]", "string[]"), Map.entry("Object[]", "System.Object[]"),
            Map.entry("List[String]", "System.Collections.Generic.List[string]"), Map.entry("Version", "version"));

    private PsmTypes() {
    }

    /** The constraint, or {@code null} for an untyped parameter. */
    static String constraint(Parameter parameter) {
        if (parameter.isSwitch()) {
            return "switch";
        }
        String type = parameter.type() == null ? "" : parameter.type();
        String spelled = SPELLING.get(type);
        if (spelled != null) {
            return spelled;
        }
        return parameter.multiValued() ? "System.Object[]" : null;
    }
}
