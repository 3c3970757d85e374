package dev.exobindings.runtime.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts the {@code claims="…"} challenge of a {@code WWW-Authenticate} header (CAE). */
final class WwwAuthenticate {
    private static final Pattern CLAIMS = Pattern.compile("(?i)claims\\s*=\\s*\"([^\"]*)\"");

    private WwwAuthenticate() {
    }

    static String claims(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = CLAIMS.matcher(header);
        return m.find() && !m.group(1).isEmpty() ? m.group(1) : null;
    }
}
