package dev.exobindings.generator.naming;

import java.util.regex.Pattern;

/**
 * Validates names taken from a snapshot before they are turned into Java names. Anything else in a snapshot
 * (set names, types, values, URLs) only ever reaches generated code as an escaped literal or sanitized Javadoc.
 */
public final class PowerShellNames {
    /** {@code Verb-Noun}; nouns may start lower case ({@code Get-eDiscoveryCaseAdmin}) and hold digits. */
    private static final Pattern CMDLET = Pattern.compile("[A-Za-z][A-Za-z0-9]*-[A-Za-z][A-Za-z0-9]*");

    private PowerShellNames() {
    }

    public static boolean isCmdletName(String name) {
        return name != null && name.length() <= 200 && CMDLET.matcher(name).matches();
    }

    /**
     * Parameter names are ASCII letters, digits and {@code _}, starting with a letter. A loop, not a regular
     * expression: every generation checks every parameter of the snapshot, most of them before the JIT has run.
     */
    public static boolean isParameterName(String name) {
        if (name == null || name.isEmpty() || name.length() > 200 || !JavaNames.isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!JavaNames.isAsciiLetter(c) && !JavaNames.isAsciiDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }
}
