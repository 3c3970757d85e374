package dev.exobindings.runtime.host;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * How a redirect's {@code Location} becomes the API host. The front door names
 * {@code <region>.admin.protection.outlook.com:446}; the API is served by
 * {@code <region>.ps.compliance.protection.outlook.com:443} (protocol reference §(a), sources S3 and S4).
 *
 * @param hostFrom the host fragment to replace ({@code .admin.protection.}), or null for none
 * @param hostTo   its replacement ({@code .ps.compliance.protection.})
 * @param portFrom the port to replace (446), or -1 for none
 * @param portTo   its replacement (443, written as the https default, i.e. no port)
 */
public record LocationRewrite(String hostFrom, String hostTo, int portFrom, int portTo) {

    /** The Security &amp; Compliance rewrite: {@code .admin.protection.} → {@code .ps.compliance.protection.}, 446 → 443. */
    public static LocationRewrite compliance() {
        return new LocationRewrite(".admin.protection.", ".ps.compliance.protection.", 446, 443);
    }

    /** No change. */
    public static LocationRewrite none() {
        return new LocationRewrite(null, null, -1, -1);
    }

    /** {@code location} with the host fragment and port replaced (case-insensitive host match). */
    public URI apply(URI location) {
        String host = location.getHost();
        if (host == null) {
            return location;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (hostFrom != null && lower.contains(hostFrom)) {
            lower = lower.replace(hostFrom, hostTo);
        }
        int port = location.getPort();
        if (portFrom != -1 && port == portFrom) {
            port = portTo;
        }
        if (port == 443 && "https".equalsIgnoreCase(location.getScheme())) {
            port = -1;
        }
        try {
            return new URI(location.getScheme(), location.getUserInfo(), lower, port, location.getPath(),
                    location.getQuery(), location.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot rewrite " + location + ": " + e.getMessage(), e);
        }
    }
}
