package dev.exobindings.metadata.docs;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a "Valid values …" list found in prose is a closed set of enum literals. The docs use the same
 * phrase for examples, for identity or address formats and for lists that hold only for one value of another
 * parameter; none of those may become a closed list, because a closed list rejects every other value at compile
 * time. Each rule below was found on the real pages (see metadata/README.md, "Value lists").
 */
final class ValueListRules {
    /**
     * Address and host types: their values are free text with an optional prefix ({@code smtp:}, {@code X500:}…),
     * so a list next to them names prefixes or formats, never the values themselves.
     */
    private static final Pattern ADDRESS_TYPE = Pattern.compile(
            ".*(?:Address|AddressCollection|AddressTemplate|AddressTemplateCollection|Domain|DomainWithSubdomains|X509Identifier"
                    + "|SmartHost)|Fqdn|Uri|IPRange");
    /** "based on the Kind parameter value", "determined by the Kind parameter", "Valid values depend on …". */
    private static final Pattern DEPENDS_ON_OTHER = Pattern.compile(
            "\\b(?:based on|determined by|depends? on|depending on) the (\\w+) parameter\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUES_VARY = Pattern.compile(
            "\\bvalues (?:depend|vary|differ)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXAMPLE = Pattern.compile("\\bexamples?\\b", Pattern.CASE_INSENSITIVE);
    /** Names of identity forms ("you can use the Name or the Id"), lower case. */
    private static final Set<String> IDENTITY_FORMS = Set.of("name", "id", "identity", "guid", "displayname",
            "distinguishedname", "canonicalname", "legacyexchangedn", "userprincipalname", "samaccountname", "alias",
            "emailaddress");
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false");

    private ValueListRules() {
    }

    /**
     * @param name the parameter name
     * @param type the normalised type, or null
     * @return false for types whose values are never an enum: booleans, switches, identities ({@code -Identity},
     *         {@code *IdParameter}) and address/host types ({@code ProxyAddressCollection}, {@code SmtpAddress[]}…)
     */
    static boolean typeMayHoldEnum(String name, String type) {
        if (type == null || name.equalsIgnoreCase("Identity")) {
            return false;
        }
        String element = type.replace("[]", "");
        return !element.equals("Boolean") && !element.equals(TypeNames.SWITCH) && !element.endsWith("IdParameter")
                && !ADDRESS_TYPE.matcher(element).matches();
    }

    /**
     * @param paragraph the description line holding the phrase
     * @param name      the parameter name
     * @return true when the paragraph says the values depend on another parameter or vary by context; the list is
     *         then only one case of a conditional rule
     */
    static boolean dependsOnContext(String paragraph, String name) {
        if (VALUES_VARY.matcher(paragraph).find()) {
            return true;
        }
        Matcher m = DEPENDS_ON_OTHER.matcher(paragraph);
        while (m.find()) {
            if (!m.group(1).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param paragraph   the description line holding the phrase
     * @param phraseStart where the phrase starts in it
     * @return true when the sentence of the phrase calls the list examples ("Examples of valid values include")
     */
    static boolean introducesExamples(String paragraph, int phraseStart) {
        String before = paragraph.substring(0, phraseStart);
        int sentenceStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf(": ")) + 1;
        return EXAMPLE.matcher(before.substring(sentenceStart)).find();
    }

    /**
     * @param values the literals of one list (already identifier-like, without duplicates)
     * @return true when they can be the constants of one enum: two spellings of one word (prefixes such as
     *         {@code SMTP}/{@code smtp}), boolean words and lists made only of identity forms ({@code Name},
     *         {@code Id}…) cannot
     */
    static boolean isClosedSet(List<String> values) {
        Set<String> folded = new HashSet<>();
        boolean allIdentityForms = true;
        for (String value : values) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (!folded.add(lower) || BOOLEAN_WORDS.contains(lower)) {
                return false;
            }
            allIdentityForms &= IDENTITY_FORMS.contains(lower);
        }
        return !allIdentityForms;
    }
}
