package dev.exobindings.runtime.http;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a URL the service hands back (an {@code @odata.nextLink}, later a redirect) may take the bearer token:
 * only to the scheme, host and port of the request that produced it, and only under that request's tenant path
 * ({@code /adminapi/beta/<tenant>/}). Anything else would send the token to a host, or a tenant, the caller never
 * chose. Redirects apply the path part alone ({@link #pathViolation}): their host is the family's to decide. One small reusable rule so every place that follows a server-supplied URL applies the same check.
 */
public final class SameOriginRule {
    private final String scheme;
    private final String host;
    private final int port;
    private final String pathPrefix;

    private SameOriginRule(String scheme, String host, int port, String pathPrefix) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.pathPrefix = pathPrefix;
    }

    /**
     * The rule for URLs answered to a request sent to {@code origin}: same scheme, host and port, and a path under
     * the directory of {@code origin}'s path (for {@code …/adminapi/beta/contoso.com/InvokeCommand} that is
     * {@code …/adminapi/beta/contoso.com/}).
     */
    public static SameOriginRule of(URI origin) {
        Objects.requireNonNull(origin, "origin");
        String path = origin.normalize().getRawPath() == null ? "/" : origin.normalize().getRawPath();
        int slash = path.lastIndexOf('/');
        return new SameOriginRule(lower(origin.getScheme()), lower(origin.getHost()), effectivePort(origin),
                slash < 0 ? "/" : path.substring(0, slash + 1));
    }

    /** Why {@code candidate} may not receive the token, or empty when it may. */
    public Optional<String> violation(URI candidate) {
        if (candidate == null || !candidate.isAbsolute() || candidate.getHost() == null) {
            return Optional.of("it is not an absolute URL with a host");
        }
        if (candidate.getRawUserInfo() != null) {
            return Optional.of("it carries user information before the host");
        }
        if (!lower(candidate.getScheme()).equals(scheme)) {
            return Optional.of("its scheme '" + lower(candidate.getScheme()) + "' is not '" + scheme + "'");
        }
        if (!lower(candidate.getHost()).equals(host) || effectivePort(candidate) != port) {
            return Optional.of("it points to host " + hostOf(candidate) + ", not " + host + ":" + port);
        }
        return pathViolation(candidate);
    }

    /**
     * Why {@code candidate}'s path leaves the tenant path, whatever its host, or empty when it stays. A redirect
     * may move a call to another host of the family, never to another tenant or out of the admin API.
     */
    public Optional<String> pathViolation(URI candidate) {
        String raw = candidate.getRawPath() == null ? "" : candidate.getRawPath();
        String decoded = candidate.getPath() == null ? "" : candidate.getPath(); // a raw '..' stays '..' decoded
        String path = candidate.normalize().getRawPath();
        if (climbs(decoded) || path == null
                || !path.toLowerCase(Locale.ROOT).startsWith(pathPrefix.toLowerCase(Locale.ROOT))) {
            return Optional.of("its path '" + raw + "' leaves the tenant path '" + pathPrefix + "'");
        }
        return Optional.empty();
    }

    /**
     * Whether a path has a {@code ..} segment. Checked on the decoded path, because servers decode {@code %2e%2e} and
     * {@code %2f} before they resolve dot segments, and IIS also splits on backslashes.
     */
    private static boolean climbs(String path) {
        for (String segment : path.split("[/\\\\]", -1)) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** {@code host:port} of {@code uri} as it would be contacted, for messages. */
    public static String hostOf(URI uri) {
        return uri == null || uri.getHost() == null ? "(none)" : lower(uri.getHost()) + ":" + effectivePort(uri);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "http".equals(lower(uri.getScheme())) ? 80 : 443;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port + pathPrefix;
    }
}
