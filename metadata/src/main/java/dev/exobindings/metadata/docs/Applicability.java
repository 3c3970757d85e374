package dev.exobindings.metadata.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits an applicability list into whole, trimmed tokens. */
final class Applicability {
    /** {@code Applicable:} prefixes, repeated in a few pages ({@code > Applicable: Applicable: …}). */
    private static final Pattern PREFIX = Pattern.compile("^(?:\\s*>)?(?:\\s*Applicable\\s*:)+", Pattern.CASE_INSENSITIVE);

    private Applicability() {
    }

    /** Tokens of a comma-separated list, with any number of leading {@code Applicable:} labels removed. */
    static List<String> tokens(String list) {
        String rest = PREFIX.matcher(list).replaceFirst("");
        List<String> tokens = new ArrayList<>();
        for (String token : rest.split(",")) {
            String t = token.trim();
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }
}
