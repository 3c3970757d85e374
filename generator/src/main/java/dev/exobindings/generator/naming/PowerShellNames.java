package dev.exobindings.generator.naming;

import java.util.regex.Pattern;

/**
 * Validates names taken from a snapshot before they are turned into Java names. Anything else in a snapshot
 * (set names, types, values, URLs) only ever reaches generated code as an escaped literal or sanitized Javadoc.
 */
public final class PowerShellNames {
    /** {@code Verb-Noun}; nouns may start lower case ({@code Get-eDiscoveryCaseAdmin}) and hold digits. */
    private static final Pattern CMDLET = Pattern.compile("[A-Za-z][A-Za-z0-9]*-[A-Za-z][A-Za-z0-9]*");
    /** Parameter names are alphanumeric and start with a letter. */
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private PowerShellNames() {
    }

    public static boolean isCmdletName(String name) {
        return name != null && name.length() <= 200 && CMDLET.matcher(name).matches();
    }

    public static boolean isParameterName(String name) {
        return name != null && name.length() <= 200 && PARAMETER.matcher(name).matches();
    }
}
