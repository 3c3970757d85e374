package dev.exobindings.generator.select;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Include/exclude globs on cmdlet names: a cmdlet is kept when it matches an include (or none are given) and no exclude. */
public final class CmdletFilter {
    private final List<CmdletGlob> includes;
    private final List<CmdletGlob> excludes;

    private CmdletFilter(List<CmdletGlob> includes, List<CmdletGlob> excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    /** Parses both lists; an invalid glob is a {@link dev.exobindings.generator.GeneratorException}. */
    public static CmdletFilter of(List<String> includes, List<String> excludes) {
        return new CmdletFilter(parse(includes, "includes"), parse(excludes, "excludes"));
    }

    private static List<CmdletGlob> parse(List<String> globs, String label) {
        List<CmdletGlob> parsed = new ArrayList<>();
        for (int i = 0; i < globs.size(); i++) {
            parsed.add(CmdletGlob.parse(globs.get(i), label + "[" + i + "]"));
        }
        return List.copyOf(parsed);
    }

    public boolean accepts(String cmdletName) {
        boolean included = includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(cmdletName));
        return included && excludes.stream().noneMatch(g -> g.matches(cmdletName));
    }

    /** The include globs, as written, that match none of {@code cmdletNames}: almost always a typo. */
    public List<String> unmatchedIncludes(Collection<String> cmdletNames) {
        return unmatched(includes, cmdletNames);
    }

    /** The exclude globs, as written, that match none of {@code cmdletNames}: they exclude nothing. */
    public List<String> unmatchedExcludes(Collection<String> cmdletNames) {
        return unmatched(excludes, cmdletNames);
    }

    private static List<String> unmatched(List<CmdletGlob> globs, Collection<String> cmdletNames) {
        return globs.stream().filter(g -> cmdletNames.stream().noneMatch(g::matches)).map(CmdletGlob::glob).toList();
    }
}
