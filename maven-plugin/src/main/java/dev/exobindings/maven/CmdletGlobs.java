package dev.exobindings.maven;

import dev.exobindings.generator.select.CmdletFilter;
import dev.exobindings.generator.select.OtherSnapshotHint;
import dev.exobindings.generator.select.CmdletGlob;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Checks the {@code includes}/{@code excludes} globs before the generator runs, so a typo fails the build with a
 * message naming the glob and the parameter instead of silently generating nothing. Matching is the generator's
 * ({@link CmdletGlob}): whole cmdlet names, case-insensitively as PowerShell does; {@code *} is any run of
 * characters, {@code ?} exactly one.
 */
final class CmdletGlobs {
    /** Cmdlet names are verb-noun words: letters, digits and hyphens; plus the two wildcards. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9*?-]+");

    private CmdletGlobs() {
    }

    /** Fails on an empty glob or one with characters no cmdlet name can contain. */
    static void checkSyntax(List<String> globs, String parameterName) throws MojoFailureException {
        for (String glob : globs) {
            if (glob == null || glob.isBlank()) {
                // Failing, not ignoring: an empty entry is often a property that was meant to be set, and dropping
                // the only include would silently generate every cmdlet.
                throw new MojoFailureException("Empty glob in <" + parameterName + "> (an empty element, or one "
                        + "whose ${property} is empty). Fix: remove it, or write a cmdlet-name glob such as Get-* or "
                        + "*-Mailbox*.");
            }
            if (!VALID.matcher(glob.trim()).matches()) {
                throw new MojoFailureException("Invalid glob '" + glob + "' in <" + parameterName + ">: only "
                        + "letters, digits, '-', '*' (any characters) and '?' (one character) are allowed. "
                        + "Fix: write a cmdlet-name glob such as Get-* or *-Mailbox*.");
            }
        }
    }

    /**
     * Fails when an include glob matches no cmdlet of the snapshot (almost always a typo). The generator refuses
     * such a glob too; checked here first so that the message names the snapshot as configured and {@code <includes>}.
     */
    static void checkIncludesMatch(List<String> includes, Collection<String> cmdletNames, String snapshotLabel)
            throws MojoFailureException {
        List<String> unmatched = CmdletFilter.of(includes, List.of()).unmatchedIncludes(cmdletNames);
        if (!unmatched.isEmpty()) {
            throw new MojoFailureException("Include glob(s) " + unmatched + " match no cmdlet in snapshot "
                    + snapshotLabel + ". Fix: " + OtherSnapshotHint.of(unmatched, snapshotLabel).orElse("correct the "
                    + "spelling (cmdlet names look like Get-Mailbox) or remove the glob") + " from <includes>.");
        }
    }

    /** Whether {@code name} matches {@code glob}, with the generator's own matching rules. */
    static boolean matches(String glob, String name) {
        return CmdletGlob.parse(glob.trim(), "glob").matches(name);
    }

    /**
     * Trimmed copies (a {@code null} list, as Maven gives for an absent parameter, is empty). Maven gives a
     * {@code null} entry for an empty {@code <include/>}: it becomes "", which {@link #checkSyntax} refuses by name.
     */
    static List<String> trimmed(List<String> globs) {
        return globs == null ? List.of() : globs.stream().map(g -> g == null ? "" : g.trim()).toList();
    }
}
