package dev.exobindings.runtime.http;

import dev.exobindings.runtime.host.HostFamily;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The affinity cookies of the pinned host, and only of it: cookies are stored from responses of that exact origin
 * and sent only to it. A {@code Domain} attribute cannot widen them (a cookie for {@code .outlook.com} set by the
 * regional host still goes only to the regional host), and cookies from any other host are dropped. Thread-safe.
 */
public final class PinnedCookieJar {
    private record Value(String value, Instant expires) {
    }

    private final Clock clock;
    private final Map<String, Value> cookies = new LinkedHashMap<>();
    private volatile HostFamily origin;

    public PinnedCookieJar(Clock clock) {
        this.clock = clock;
    }

    /** Scopes the jar to {@code host}'s origin (first pin, or a re-pin after discovery ran again). */
    public synchronized void pin(URI host) {
        HostFamily next = HostFamily.sameOrigin(host);
        if (origin != null && !origin.equals(next)) {
            cookies.clear();
        }
        origin = next;
    }

    /** Keeps the {@code Set-Cookie} values of a response from the pinned origin; ignores every other origin. */
    public synchronized void store(URI from, HttpHeaders headers) {
        if (origin == null || !origin.contains(from)) {
            return;
        }
        for (String header : headers.allValues("Set-Cookie")) {
            for (HttpCookie cookie : parse(header)) {
                long maxAge = cookie.getMaxAge();
                if (maxAge == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), new Value(cookie.getValue(),
                            maxAge < 0 ? Instant.MAX : clock.instant().plusSeconds(maxAge)));
                }
            }
        }
    }

    /** The {@code Cookie} header for a request to {@code to}: empty unless {@code to} is the pinned origin. */
    public synchronized Optional<String> header(URI to) {
        if (origin == null || !origin.contains(to)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        cookies.values().removeIf(v -> !v.expires().isAfter(now));
        if (cookies.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().value())
                .collect(Collectors.joining("; ")));
    }

    private static java.util.List<HttpCookie> parse(String header) {
        try {
            return HttpCookie.parse(header);
        } catch (IllegalArgumentException malformed) {
            return java.util.List.of(); // a malformed cookie is not worth failing a call over
        }
    }

    @Override
    public String toString() {
        return "PinnedCookieJar[" + (origin == null ? "not pinned" : origin.describe()) + ", " + cookies.size() + " cookies]"; // values may be session secrets
    }
}
