package dev.exobindings.runtime.http;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the tenant a client is built for: a DNS domain name ({@code contoso.onmicrosoft.com}) or a tenant id GUID.
 * The tenant becomes a path segment of every URL and part of the sign-in authority, so anything else (a URL, a
 * slash, a space, CR/LF) is refused when the client is built rather than surfacing later as a misleading 404 or an
 * untyped JDK error.
 */
public final class TenantName {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private TenantName() {
    }

    /**
     * The tenant, stripped of surrounding spaces.
     *
     * @throws IllegalArgumentException naming what is wrong and what is expected
     */
    public static String check(String tenant) {
        return check(tenant, "ExchangeClient.builder().tenant(…)");
    }

    /**
     * The tenant, stripped of surrounding spaces; an error names {@code where} it was given (a builder method or a
     * command-line option) so that the message points at what to fix.
     *
     * @throws IllegalArgumentException naming what is wrong and what is expected
     */
    public static String check(String tenant, String where) {
        if (tenant == null || tenant.isBlank()) {
            throw invalid(tenant, "it is empty", where);
        }
        String t = tenant.strip();
        String problem = problem(t);
        if (problem != null) {
            throw invalid(tenant, problem, where);
        }
        return t;
    }

    private static String problem(String t) {
        if (GUID.matcher(t).matches()) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\r' || c == '\n' || Character.isISOControl(c)) {
                return "it contains a control character (CR, LF or similar) at position " + i;
            }
            if (Character.isWhitespace(c)) {
                return "it contains a space at position " + i;
            }
        }
        if (t.contains("://")) {
            return "it is a URL; give only the domain, without scheme or path";
        }
        if (t.indexOf('/') >= 0 || t.indexOf('\\') >= 0) {
            return "it contains a slash; give only the domain, without path";
        }
        if (t.length() > 253) {
            return "it is longer than a domain name can be (253 characters)";
        }
        String[] labels = t.split("\\.", -1);
        if (labels.length < 2) {
            return "a domain name has at least two labels separated by dots";
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return label.isEmpty() ? "it has an empty label (two dots in a row, or a leading/trailing dot)"
                        : "the label '" + label + "' is not a DNS label (letters, digits and inner hyphens, at most "
                        + "63 characters)";
            }
        }
        return null;
    }

    private static IllegalArgumentException invalid(String tenant, String problem, String where) {
        return new IllegalArgumentException("tenant " + shown(tenant) + " is not valid: " + problem
                + ". Use the tenant's domain (contoso.onmicrosoft.com) or its tenant id GUID (" + where + ")");
    }

    /** The value as it may be shown: quoted, control characters escaped, cut after 80 characters. */
    private static String shown(String tenant) {
        if (tenant == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < tenant.length() && i < 80; i++) {
            char c = tenant.charAt(i);
            if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (Character.isISOControl(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(tenant.length() > 80 ? "…'" : "'").toString();
    }
}
