package dev.exobindings.runtime.http;

import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.error.RedirectRefusedException;
import dev.exobindings.runtime.error.UnexpectedHostException;
import dev.exobindings.runtime.host.RegionalHostRules;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The host rules every token-carrying request passes (applied by {@code HttpSender}): the destination must be in
 * the family of the client's {@link RegionalHostRules}; the pinned host's affinity cookies are added and kept; a
 * 3xx is followed only when its (rewritten) {@code Location} stays in the family and under the call's tenant path
 * (no other tenant, no {@code ..}), at most {@value #MAX_REDIRECTS} times per call.
 */
public final class HostGuard {
    /** Redirects followed within one call before giving up. */
    public static final int MAX_REDIRECTS = 5;

    private final RegionalHostRules rules;
    private final PinnedCookieJar cookies;

    /** @param rules the family and {@code Location} rewrite in force (the front door is not used here) */
    public HostGuard(RegionalHostRules rules, PinnedCookieJar cookies) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.cookies = Objects.requireNonNull(cookies, "cookies");
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
        if (!rules.family().contains(uri)) {
            throw new UnexpectedHostException(info(-1, "refused to send the access token to " + uri
                    + ": only " + rules.family().describe() + " may receive it", cmdlet, requestId));
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
        URI target;
        try {
            target = rules.target(from, location);
        } catch (IllegalArgumentException e) {
            throw refused(status, from, e.getMessage(), cmdlet, requestId);
        }
        String leaves = SameOriginRule.of(from).pathViolation(target).orElse(null);
        if (leaves != null) {
            throw refused(status, from, "the Location " + target + " is refused: " + leaves, cmdlet, requestId);
        }
        return target;
    }

    private static RedirectRefusedException refused(int status, URI from, String why, String cmdlet,
                                                    String requestId) {
        return new RedirectRefusedException(info(status, "did not follow the " + status + " redirect from " + from
                + ": " + why + "; the token was not sent there", cmdlet, requestId));
    }

    private static ErrorInfo info(int status, String message, String cmdlet, String requestId) {
        return new ErrorInfo(status, null, null, message, null, null, null, cmdlet, requestId, null);
    }
}
