package dev.exobindings.generator.select;

import dev.exobindings.generator.GeneratorException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A glob on cmdlet names: {@code *} matches any run of characters, {@code ?} one character, everything else
 * itself; case-insensitive, like PowerShell's {@code -like}.
 */
public final class CmdletGlob {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9*?-]+");

    private final String glob;
    private final Pattern pattern;

    private CmdletGlob(String glob, Pattern pattern) {
        this.glob = glob;
        this.pattern = pattern;
    }

    /**
     * @param glob  the glob
     * @param label where it came from, for the error message ({@code includes[0]})
     */
    public static CmdletGlob parse(String glob, String label) {
        if (glob == null || glob.isBlank() || !ALLOWED.matcher(glob).matches()) {
            throw new GeneratorException("Invalid cmdlet glob " + label + " = '" + glob + "': use letters, digits, "
                    + "'-', '*' (any characters) and '?' (one character), e.g. 'Get-*' or '*-Mailbox'.");
        }
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new CmdletGlob(glob, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE));
    }

    /** The glob as written. */
    public String glob() {
        return glob;
    }

    public boolean matches(String cmdletName) {
        return cmdletName != null && pattern.matcher(cmdletName).matches();
    }

    @Override
    public String toString() {
        return glob.toLowerCase(Locale.ROOT);
    }
}
