package dev.exobindings.runtime.host;

import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.error.RedirectRefusedException;
import dev.exobindings.runtime.error.UnexpectedHostException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The host rules every token-carrying request passes (applied by {@code HttpSender}): the destination must be in
 * the client's {@link HostFamily}; the pinned host's affinity cookies are added and kept; a 3xx is followed only
 * when its (rewritten) {@code Location} stays in the family, at most {@value #MAX_REDIRECTS} times per call.
 */
public final class HostGuard {
    /** Redirects followed within one call before giving up. */
    public static final int MAX_REDIRECTS = 5;

    private final HostFamily family;
    private final LocationRewrite rewrite;
    private final PinnedCookieJar cookies;

    public HostGuard(HostFamily family, LocationRewrite rewrite, PinnedCookieJar cookies) {
        this.family = Objects.requireNonNull(family, "family");
        this.rewrite = Objects.requireNonNull(rewrite, "rewrite");
        this.cookies = Objects.requireNonNull(cookies, "cookies");
    }

    /** The family in force. */
    public HostFamily family() {
        return family;
    }

    /** Scopes the cookie jar to the pinned host. */
    public void pin(URI host) {
        cookies.pin(host);
    }

    /** Whether {@code status} is a redirect this guard handles (301, 302, 303, 307, 308). */
    public static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /**
     * Refuses a request to a host outside the family, before anything is sent.
     *
     * @throws UnexpectedHostException naming the URL and the family
     */
    public void checkDestination(URI uri, String cmdlet, String requestId) {
        if (!family.contains(uri)) {
            throw new UnexpectedHostException(info(-1, "refused to send the bearer token to " + uri
                    + ": only " + family.describe() + " may receive it", cmdlet, requestId));
        }
    }

    /** {@code headers} plus the pinned host's {@code Cookie} header when {@code to} is the pinned host. */
    public Map<String, String> withCookies(URI to, Map<String, String> headers) {
        return cookies.header(to).map(c -> {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put("Cookie", c);
            return h;
        }).orElse(headers);
    }

    /** Keeps the affinity cookies of a response (only the pinned host's). */
    public void remember(URI from, HttpHeaders headers) {
        cookies.store(from, headers);
    }

    /**
     * Where a 3xx sends the call next.
     *
     * @param hops redirects already followed in this call
     * @throws RedirectRefusedException when the target is outside the family or there were too many hops
     */
    public URI redirect(URI from, int status, String location, int hops, String cmdlet, String requestId) {
        if (hops >= MAX_REDIRECTS) {
            throw new RedirectRefusedException(info(status, "stopped after " + MAX_REDIRECTS + " redirects; the last"
                    + " one, from " + from + ", pointed to " + location, cmdlet, requestId));
        }
        try {
            return target(from, location, rewrite, family);
        } catch (IllegalArgumentException e) {
            throw new RedirectRefusedException(info(status, "did not follow the " + status + " redirect from " + from
                    + ": " + e.getMessage() + "; the bearer token was not sent", cmdlet, requestId));
        }
    }

    /** {@code location} resolved against {@code from} and rewritten; throws IllegalArgumentException if outside. */
    static URI target(URI from, String location, LocationRewrite rewrite, HostFamily family) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("the redirect has no Location header");
        }
        URI raw;
        try {
            raw = from.resolve(URI.create(location.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the Location '" + location + "' is not a URL", e);
        }
        URI rewritten = rewrite.apply(raw);
        if (rewritten.getHost() == null || !family.contains(rewritten)) {
            throw new IllegalArgumentException("the Location " + raw + (rewritten.equals(raw) ? ""
                    : " (rewritten to " + rewritten + ")") + " is outside " + family.describe());
        }
        return rewritten;
    }

    private static ErrorInfo info(int status, String message, String cmdlet, String requestId) {
        return new ErrorInfo(status, null, null, message, null, null, null, cmdlet, requestId, null);
    }
}
