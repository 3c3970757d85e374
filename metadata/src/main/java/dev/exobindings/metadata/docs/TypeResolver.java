package dev.exobindings.metadata.docs;

import java.util.List;
import java.util.Set;

/**
 * Decides a parameter's type when the yaml {@code Type:} and the SYNTAX disagree. The yaml wins unless the
 * description text backs the syntax, in one of four ways (each found on real pages and kept general):
 * <ol>
 *   <li>the syntax has the array form {@code X[]} of the yaml's {@code X} and the text says several values can be
 *       given (Get-RecoverableItems {@code -Identity});</li>
 *   <li>the yaml is multivalued, the syntax names one single-valued type and the text never says several values
 *       can be given (Set-AntiPhishPolicy {@code -TargetedDomainProtectionAction}: {@code ImpersonationAction});</li>
 *   <li>the text lists closed values the yaml type cannot hold (an identity, a Boolean) and the syntax type can
 *       (New-ApplicationAccessPolicy {@code -AccessRight}: {@code ApplicationAccessPolicyRight});</li>
 *   <li>the text says the value is an integer and the syntax type is an integer type while the yaml says
 *       {@code String} (New-OMEConfiguration {@code -ExternalMailExpiryInDays}).</li>
 * </ol>
 * Anything else keeps the yaml type, as before.
 */
final class TypeResolver {
    private static final Set<String> INTEGER_TYPES = Set.of("Int16", "Int32", "Int64", "UInt16", "UInt32", "UInt64",
            "Byte");

    /**
     * @param type the type to use
     * @param rule why the syntax was preferred, or {@code null} when the yaml type stands
     */
    record Decision(String type, String rule) {
    }

    private TypeResolver() {
    }

    /**
     * @param yamlType    the normalised yaml type, never {@code null}
     * @param syntaxTypes the distinct normalised types the SYNTAX gives the parameter, in page order
     * @param doc         the parameter section (text signals and prose values)
     */
    static Decision decide(String yamlType, List<String> syntaxTypes, DocsParameter doc) {
        if (syntaxTypes.isEmpty()) {
            return new Decision(yamlType, null);
        }
        if (!yamlType.endsWith("[]") && syntaxTypes.contains(yamlType + "[]") && doc.multipleValues()) {
            return new Decision(yamlType + "[]", "the syntax has " + yamlType + "[] and the text allows several values");
        }
        if (syntaxTypes.contains(yamlType) || syntaxTypes.size() != 1) {
            return new Decision(yamlType, null);
        }
        String syntax = syntaxTypes.get(0);
        if (TypeNames.isMultiValued(yamlType) && !TypeNames.isMultiValued(syntax) && !doc.multipleValues()
                && !TypeNames.SWITCH.equals(syntax)) {
            return new Decision(syntax, "the yaml says " + yamlType + " but the syntax has the single-valued " + syntax
                    + " and the text never allows several values");
        }
        if (!doc.proseValues().isEmpty() && !ValueListRules.typeMayHoldEnum(doc.name(), yamlType)
                && ValueListRules.typeMayHoldEnum(doc.name(), syntax)) {
            return new Decision(syntax, "the text lists values " + doc.proseValues() + " that the yaml type "
                    + yamlType + " cannot hold; the syntax has " + syntax);
        }
        if (yamlType.equals("String") && INTEGER_TYPES.contains(syntax) && doc.integerValue()) {
            return new Decision(syntax, "the text says the value is an integer; the syntax has " + syntax);
        }
        return new Decision(yamlType, null);
    }
}
