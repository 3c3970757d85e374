package dev.exobindings.runtime.http;

import java.util.Locale;
import java.util.regex.Pattern;

/** The module's routing-hint rules (module-proxy-format "Routing hint rules"), as pure functions. */
public final class RoutingHints {
    /** The module's address pattern, unanchored: a value containing a match is routed by SMTP. */
    private static final Pattern ADDRESS =
            Pattern.compile("[a-zA-Z0-9!#$%*+\\-/?^_`.{|}~]+@([a-zA-Z0-9\\-]+\\.)+[a-zA-Z]{2,4}");
    /** The GUID spellings .NET's {@code Guid.TryParse} accepts: D, N, B and P formats. */
    private static final Pattern GUID = Pattern.compile(
            "(?<d>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
                    + "|(?<n>[0-9a-fA-F]{32})"
                    + "|\\{(?<b>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})}"
                    + "|\\((?<p>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\)");

    private RoutingHints() {
    }

    /**
     * The hint for a routing parameter's value, or {@code null} when the rule gives none (the default anchor is
     * used then).
     *
     * @param folderId whether the value is a folder id (the module's folder-id rule: the part before the first
     *                 {@code :} is read with the mailbox-id rule)
     * @param tenantId the tenant's id for {@code MBX:<guid>@<tenant id>}
     */
    public static String hint(boolean folderId, String value, String tenantId) {
        String id = value.strip();
        if (folderId) {
            int colon = id.indexOf(':');
            if (colon >= 0) {
                id = id.substring(0, colon);
            }
        }
        if (ADDRESS.matcher(id).find()) {
            return "SMTP:" + id;
        }
        String guid = guid(id);
        return guid == null ? null : "MBX:" + guid + "@" + tenantId;
    }

    /** The GUID in its D form (lower case), or {@code null} when {@code text} is not a GUID. */
    static String guid(String text) {
        var m = GUID.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String raw = m.group("d") != null ? m.group("d") : m.group("b") != null ? m.group("b")
                : m.group("p") != null ? m.group("p") : dashed(m.group("n"));
        return raw.toLowerCase(Locale.ROOT);
    }

    private static String dashed(String n) {
        return n.substring(0, 8) + "-" + n.substring(8, 12) + "-" + n.substring(12, 16) + "-" + n.substring(16, 20)
                + "-" + n.substring(20);
    }

    /** Whether {@code value} can go into an HTTP header as is: printable ASCII only. */
    public static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
