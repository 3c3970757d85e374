package dev.exobindings.generator.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where snapshot names become Java names. Stateless and thread-safe.
 *
 * <ul>
 *   <li>Cmdlet {@code Get-Mailbox} → class {@code GetMailbox}; each part's first letter is upper-cased, so
 *       {@code Get-eDiscoveryCaseAdmin} → {@code GetEDiscoveryCaseAdmin}.</li>
 *   <li>Parameter {@code ResultSize} → method {@code resultSize}; a leading acronym is lower-cased as a word
 *       ({@code SMTPServer} → {@code smtpServer}, {@code PIN} → {@code pin}).</li>
 *   <li>A method name that is a Java keyword or the name of a method every builder already has
 *       ({@code set}, {@code toJson}, {@code equals}…) gets the suffix {@code Value}: {@code Case} → {@code caseValue}.</li>
 *   <li>Names still equal after that (names differing only in case) get {@code 2}, {@code 3}… in snapshot order.</li>
 *   <li>Enum constants: the wire value split into words, upper snake case ({@code UserMailbox} → {@code USER_MAILBOX},
 *       {@code "Hx Outlook-2"} → {@code HX_OUTLOOK_2}); a leading digit gets {@code VALUE_}; collisions get
 *       {@code _2}, {@code _3}…</li>
 * </ul>
 */
public final class NamingStrategy {
    /** Combining marks, left after NFD splits an accented letter. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** Suffix that escapes a keyword or a reserved method name. */
    public static final String ESCAPE_SUFFIX = "Value";
    /** Name of the enum constant that stands for a value the snapshot does not know. */
    public static final String UNRECOGNIZED_CONSTANT = "UNRECOGNIZED";

    /** Methods that exist on every builder or on Object, plus the plain entry names: a setter must not take them. */
    private static final Set<String> RESERVED_METHODS = Set.of(
            // AbstractCmdletRequest (protected final set/setArray/setList/clear, self; public cmdletName…)
            "set", "setArray", "setList", "clear", "self", "cmdletName", "parameters", "supportsShouldProcess",
            "descriptor",
            // CmdletRequest, TypedCmdletRequest, AbstractTypedCmdletRequest
            "toJson", "select", "selection", "resultType",
            // Object
            "toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
            // the generated classes' own members
            "bind", "all", "create");

    /** The Java class name of a cmdlet; the name must already satisfy {@link PowerShellNames#isCmdletName}. */
    public String cmdletClassName(String cmdletName) {
        StringBuilder sb = new StringBuilder();
        for (String part : cmdletName.split("-")) {
            sb.append(upperFirst(part));
        }
        return sb.toString();
    }

    /** The setter / entry argument name of a parameter, escaped against keywords and reserved methods. */
    public String parameterMethodName(String parameterName) {
        return escapeMember(lowerCamel(parameterName));
    }

    /** The method that sends {@code $null} for a parameter: {@code forwardingSmtpAddress} → {@code clearForwardingSmtpAddress}. */
    public String clearMethodName(String parameterMethodName) {
        return "clear" + upperFirst(parameterMethodName);
    }

    /** The nested builder class of a parameter set: {@code Identity} → {@code IdentitySet}, the unnamed set → {@code Request}. */
    public String setBuilderName(String setName, boolean onlyUnnamedSet) {
        if (onlyUnnamedSet) {
            return "Request";
        }
        String base = upperCamelWords(setName);
        if (base.isEmpty()) {
            base = "Unnamed";
        }
        if (!JavaNames.isAsciiLetter(base.charAt(0))) {
            base = "Set" + base;
        }
        return base.endsWith("Set") ? base : base + "Set";
    }

    /** An entry-method name derived from a set's name, used when the set has no distinguishing parameter. */
    public String setEntryName(String setName) {
        String base = upperCamelWords(setName);
        if (base.isEmpty()) {
            base = "Unnamed";
        }
        if (!JavaNames.isAsciiLetter(base.charAt(0))) {
            base = "Set" + base;
        }
        return escapeMember(lowerCamel(base));
    }

    /** Appends a set's name to an entry name to tell two sets apart: {@code identity} + {@code Anr} → {@code identityAnr}. */
    public String disambiguatedEntryName(String entryName, String setName) {
        String suffix = upperCamelWords(setName);
        return escapeMember(entryName + (suffix.isEmpty() ? "Set" : suffix));
    }

    /** A Java class name for an enum named after an Exchange type ({@code Microsoft.X.Foo[]} → {@code Foo}); empty if none. */
    public String enumClassName(String exchangeTypeName) {
        String base = upperCamelWords(exchangeTypeName);
        if (base.isEmpty() || !JavaNames.isAsciiLetter(base.charAt(0))) {
            return "";
        }
        return base;
    }

    /** The upper-snake constant name for a wire value, before collision handling. */
    public String enumConstantName(String wireValue) {
        String ascii = withoutMarks(wireValue == null ? "" : wireValue);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            boolean alnum = JavaNames.isAsciiLetter(c) || JavaNames.isAsciiDigit(c);
            if (!alnum) {
                flush(words, word);
                continue;
            }
            if (word.length() > 0 && startsNewWord(ascii, i)) {
                flush(words, word);
            }
            word.append(c);
        }
        flush(words, word);
        String name = String.join("_", words).toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            return "VALUE";
        }
        return JavaNames.isAsciiDigit(name.charAt(0)) ? "VALUE_" + name : name;
    }

    /**
     * Makes names unique in order: the first keeps its name, later equal ones get {@code separator + 2}, {@code 3}…
     *
     * @param ignoreCase compare case-insensitively (class names: case-insensitive file systems)
     * @param taken      names already in use that none of the results may take
     */
    public List<String> uniquify(List<String> names, boolean ignoreCase, String separator, Set<String> taken) {
        Set<String> used = new java.util.HashSet<>();
        taken.forEach(t -> used.add(key(t, ignoreCase)));
        List<String> result = new ArrayList<>(names.size());
        for (String name : names) {
            String candidate = name;
            int n = 2;
            while (!used.add(key(candidate, ignoreCase))) {
                candidate = name + separator + n++;
            }
            result.add(candidate);
        }
        return result;
    }

    private static String key(String name, boolean ignoreCase) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    private String escapeMember(String name) {
        return JavaNames.isReserved(name) || RESERVED_METHODS.contains(name) ? name + ESCAPE_SUFFIX : name;
    }

    /** True when position {@code i} starts a camel-case word: {@code aB}, or {@code ABc} at the {@code B}. */
    private static boolean startsNewWord(String s, int i) {
        char c = s.charAt(i);
        char prev = s.charAt(i - 1);
        if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
            return true;
        }
        return Character.isUpperCase(c) && Character.isUpperCase(prev) && i + 1 < s.length()
                && Character.isLowerCase(s.charAt(i + 1));
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** Splits on anything that is not an ASCII letter or digit and joins the parts upper-camel. */
    static String upperCamelWords(String text) {
        if (text == null) {
            return "";
        }
        String plain = text;
        int generic = plain.indexOf('`');
        if (generic >= 0) {
            plain = plain.substring(0, generic);
        }
        StringBuilder sb = new StringBuilder();
        boolean upperNext = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (JavaNames.isAsciiLetter(c) || JavaNames.isAsciiDigit(c)) {
                sb.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            } else {
                upperNext = true;
            }
        }
        return sb.toString();
    }

    static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code Café} → {@code Cafe}; most values are ASCII already and skip the normalizer. */
    private static String withoutMarks(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7F) {
                return MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return value;
    }

    /** {@code ResultSize} → {@code resultSize}, {@code SMTPServer} → {@code smtpServer}, {@code PIN} → {@code pin}. */
    static String lowerCamel(String s) {
        int run = 0;
        while (run < s.length() && Character.isUpperCase(s.charAt(run))) {
            run++;
        }
        if (run == 0) {
            return s;
        }
        if (run == s.length()) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (run == 1) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        int lower = Character.isLowerCase(s.charAt(run)) ? run - 1 : run;
        return s.substring(0, lower).toLowerCase(Locale.ROOT) + s.substring(lower);
    }
}
