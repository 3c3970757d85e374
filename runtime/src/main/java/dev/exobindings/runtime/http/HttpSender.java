package dev.exobindings.runtime.http;

import dev.exobindings.runtime.log.Redactor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one POST and returns the decoded response. Logs method, URL, status, cmdlet, ids and timing at debug,
 * headers and bodies at trace — always through {@link Redactor}.
 */
public final class HttpSender {
    private static final Logger LOG = LoggerFactory.getLogger(HttpSender.class);
    private static final int TRACE_BODY_LIMIT = 4000;
    private final HttpClient client;
    private final HostGuard guard;

    /** A sender without host rules: every URL is called, a 3xx is returned as it came. */
    public HttpSender(HttpClient client) {
        this(client, null);
    }

    /** A sender that applies {@code guard} to every request (destination, cookies, redirects). */
    public HttpSender(HttpClient client, HostGuard guard) {
        this.client = client;
        this.guard = guard;
    }

    /**
     * POSTs {@code body} to {@code uri}, following redirects the {@link HostGuard} allows (same method, same body:
     * the admin API is POST-only, so a 302/303 is not turned into a GET).
     *
     * @param logBody the body as it may be logged (secrets already redacted)
     * @throws dev.exobindings.runtime.error.UnexpectedHostException when a destination or redirect is refused
     */
    public WireResponse post(URI uri, Map<String, String> headers, byte[] body, String logBody, Duration timeout,
                             String cmdlet) throws IOException, InterruptedException {
        if (guard == null) {
            return postOnce(uri, headers, body, logBody, timeout, cmdlet);
        }
        String requestId = headers.get("client-request-id");
        URI target = uri;
        for (int hops = 0; ; hops++) {
            guard.checkDestination(target, cmdlet, requestId);
            WireResponse wire = postOnce(target, guard.withCookies(target, headers), body, logBody, timeout, cmdlet);
            guard.remember(target, wire.headers());
            if (!HostGuard.isRedirect(wire.status())) {
                return wire;
            }
            target = guard.redirect(target, wire.status(), wire.header("Location"), hops, cmdlet, requestId);
            LOG.debug("following {} to {} (cmdlet={})", wire.status(), target, cmdlet);
        }
    }

    /** One GET, redirects not followed (the Security & Compliance bootstrap reads the 3xx itself). */
    public WireResponse get(URI uri, Map<String, String> headers, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if ("http".equals(uri.getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        headers.forEach(b::header);
        HttpResponse<byte[]> response = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        WireResponse wire = new WireResponse(uri, response.statusCode(), response.headers(),
                ResponseBodies.decode(response.body()));
        LOG.debug("GET {} status={} location={}", uri, wire.status(), wire.header("Location"));
        return wire;
    }

    private WireResponse postOnce(URI uri, Map<String, String> headers, byte[] body, String logBody, Duration timeout,
                             String cmdlet) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if ("http".equals(uri.getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance with a loopback simulator
        }
        headers.forEach(b::header);
        String requestId = headers.get("client-request-id");
        if (LOG.isTraceEnabled()) {
            LOG.trace("→ POST {} cmdlet={} headers={} body={}", uri, cmdlet, showHeaders(headers),
                    clip(Redactor.redact(logBody)));
        }
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        long ms = (System.nanoTime() - start) / 1_000_000;
        byte[] decoded = ResponseBodies.decode(response.body());
        WireResponse wire = new WireResponse(uri, response.statusCode(), response.headers(), decoded);
        if (LOG.isDebugEnabled()) {
            LOG.debug("POST {} cmdlet={} status={} client-request-id={} request-id={} backend={} {} ms", uri,
                    cmdlet, wire.status(), requestId, wire.header("request-id"), wire.header("X-CalculatedBETarget"),
                    ms);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("← {} headers={} body={}", wire.status(), showHeaders(flatten(response.headers().map())),
                    clip(Redactor.redact(new String(decoded, StandardCharsets.UTF_8))));
        }
        return wire;
    }

    private static Map<String, String> flatten(Map<String, java.util.List<String>> map) {
        Map<String, String> out = new java.util.TreeMap<>();
        map.forEach((k, v) -> out.put(k, String.join(",", v)));
        return out;
    }

    /** Headers as they may appear in a log line. */
    public static String showHeaders(Map<String, String> headers) {
        StringBuilder sb = new StringBuilder("{");
        headers.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(k).append('=').append(Redactor.headerValue(k.toLowerCase(Locale.ROOT), v));
        });
        return sb.append('}').toString();
    }

    private static String clip(String s) {
        return s.length() <= TRACE_BODY_LIMIT ? s : s.substring(0, TRACE_BODY_LIMIT) + "…(" + s.length() + " chars)";
    }
}
