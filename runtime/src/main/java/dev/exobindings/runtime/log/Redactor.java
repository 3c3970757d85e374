package dev.exobindings.runtime.log;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes credentials from text before it reaches a log line, an exception message or {@code toString()}:
 * bearer tokens, anything shaped like a JWT, and the value of the {@code Authorization} header.
 */
public final class Redactor {
    /** What replaces a secret. */
    public static final String REDACTED = "<redacted>";
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\",;]+");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    private static final Pattern SECRET_FIELD =
            Pattern.compile("(?i)(\"(?:access_token|refresh_token|client_secret|password)\"\\s*:\\s*\")[^\"]*\"");

    private Redactor() {
    }

    /** {@code text} with every token-like substring replaced by {@value #REDACTED}; null stays null. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = JWT.matcher(text).replaceAll(REDACTED);
        out = BEARER.matcher(out).replaceAll("$1" + REDACTED);
        return SECRET_FIELD.matcher(out).replaceAll("$1" + REDACTED + "\"");
    }

    /** The value of header {@code name} as it may be shown. */
    public static String headerValue(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("authorization") || lower.equals("proxy-authorization") || lower.equals("cookie")
                || lower.equals("set-cookie")) {
            int space = value.indexOf(' ');
            return space > 0 ? value.substring(0, space) + " " + REDACTED : REDACTED;
        }
        return redact(value);
    }
}
