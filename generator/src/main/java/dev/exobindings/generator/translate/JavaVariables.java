package dev.exobindings.generator.translate;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * The Java local variable a PowerShell variable becomes: its name in lower camel case, so it never equals a class
 * the printed code names (generated cmdlets, models and enums, runtime and JDK types all start with a capital),
 * with {@code Result} appended when that is a word Java reserves or the client variable {@code exo}.
 */
final class JavaVariables {
    /** The client variable every printed statement calls. */
    static final String CLIENT = "exo";

    private JavaVariables() {
    }

    /**
     * {@code mbx} → {@code mbx}; {@code Mailbox} → {@code mailbox}; {@code GetMailbox} → {@code getMailbox};
     * {@code MBX} → {@code mbx}; {@code URLList} → {@code urlList}; {@code class} → {@code classResult};
     * {@code exo} → {@code exoResult}; {@code _} → {@code _Result}.
     */
    static String of(String powerShellName) {
        String name = lowerCamel(powerShellName);
        return SourceVersion.isName(name) && !name.equals(CLIENT) ? name : name + "Result";
    }

    /** The leading capitals in lower case, the last of them kept when a lower-case letter follows it. */
    private static String lowerCamel(String name) {
        int capitals = 0;
        while (capitals < name.length() && Character.isUpperCase(name.charAt(capitals))) {
            capitals++;
        }
        if (capitals == 0) {
            return name;
        }
        if (capitals > 1 && capitals < name.length() && Character.isLowerCase(name.charAt(capitals))) {
            capitals--; // URLList: "url" + "List"
        }
        return name.substring(0, capitals).toLowerCase(Locale.ROOT) + name.substring(capitals);
    }
}
