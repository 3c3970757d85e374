package dev.exobindings.runtime.http;

import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.log.Redactor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    /**
     * The most bytes a response body may have, as received and once gunzipped. A page of a thousand full
     * Get-Mailbox rows is a few megabytes; the limit only stops a broken or hostile answer (or a gzip bomb) before
     * it exhausts the heap.
     */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 256 << 20;
    private final HttpClient client;
    private final HostGuard guard;
    private final int maxResponseBytes;

    /** A sender without host rules: every URL is called, a 3xx is returned as it came. */
    public HttpSender(HttpClient client) {
        this(client, null);
    }

    /** A sender that applies {@code guard} to every request (destination, cookies, redirects). */
    public HttpSender(HttpClient client, HostGuard guard) {
        this(client, guard, DEFAULT_MAX_RESPONSE_BYTES);
    }

    /** As {@link #HttpSender(HttpClient, HostGuard)}, with a limit on response bodies other than the default. */
    public HttpSender(HttpClient client, HostGuard guard, int maxResponseBytes) {
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxResponseBytes);
        }
        this.client = client;
        this.guard = guard;
        this.maxResponseBytes = maxResponseBytes;
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
        HttpResponse<byte[]> response = send(b.build(), timeout, "GET", null, headers.get("client-request-id"));
        WireResponse wire = wire(uri, response, "GET", null, headers.get("client-request-id"),
                TokenEcho.tokenOf(headers));
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
        HttpResponse<byte[]> response = send(b.build(), timeout, "POST", cmdlet, requestId);
        long ms = (System.nanoTime() - start) / 1_000_000;
        WireResponse wire = wire(uri, response, "POST", cmdlet, requestId, TokenEcho.tokenOf(headers));
        if (LOG.isDebugEnabled()) {
            LOG.debug("POST {} cmdlet={} status={} client-request-id={} request-id={} backend={} {} ms", uri,
                    cmdlet, wire.status(), requestId, wire.header("request-id"), wire.header("X-CalculatedBETarget"),
                    ms);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("← {} headers={} body={}", wire.status(), showHeaders(flatten(wire.headers().map())),
                    clip(Redactor.redact(wire.text())));
        }
        return wire;
    }

    /** Sends {@code request}; {@code timeout} bounds the whole answer, body included (see {@link WholeExchange}). */
    private HttpResponse<byte[]> send(HttpRequest request, Duration timeout, String method, String cmdlet,
                                      String requestId) throws IOException, InterruptedException {
        try {
            return WholeExchange.send(client, request, BoundedBody.handler(maxResponseBytes), timeout);
        } catch (IOException e) {
            BoundedBody.TooLargeException tooLarge = BoundedBody.tooLarge(e);
            if (tooLarge != null) {
                throw tooLarge(method + " " + request.uri(), cmdlet, requestId, tooLarge);
            }
            throw e;
        }
    }

    /**
     * The response with its body decoded. An error status keeps whatever body could be read (cut at the limit, or
     * what decompressed): the status decides what happens next — a retry, a throttling wait, "outcome unknown"
     * for a write — and an unreadable body must not hide it. A 2xx body is the result, so it must be whole.
     * The caller's own {@code token}, if the server echoes it, is removed before anything reads the answer.
     */
    private WireResponse wire(URI uri, HttpResponse<byte[]> response, String method, String cmdlet,
                              String requestId, String token) {
        int status = response.statusCode();
        HttpHeaders headers = TokenEcho.scrub(response.headers(), token);
        if (status < 200 || status >= 300) {
            ResponseBodies.ErrorBody body = ResponseBodies.decodeError(response.body(), maxResponseBytes);
            if (body.note() != null) {
                LOG.debug("{} {} status={} cmdlet={} client-request-id={}: {}", method, uri, status, cmdlet,
                        requestId, body.note());
            }
            return new WireResponse(uri, status, headers, TokenEcho.scrub(body.bytes(), token), body.note());
        }
        return new WireResponse(uri, status, headers,
                TokenEcho.scrub(decode(response, method, cmdlet, requestId), token));
    }

    private byte[] decode(HttpResponse<byte[]> response, String method, String cmdlet, String requestId) {
        try {
            return ResponseBodies.decode(response.body(), maxResponseBytes, response.statusCode());
        } catch (BoundedBody.TooLargeException e) {
            throw tooLarge(method + " " + response.uri() + ", once gunzipped,", cmdlet, requestId, e);
        } catch (IOException e) {
            throw new ExchangeException(new ErrorInfo(response.statusCode(), "UnreadableResponse", null,
                    "the answer (HTTP " + response.statusCode() + ") to " + method + " " + response.uri()
                            + " starts like gzip but does not decompress: " + e.getMessage(), null, null, null,
                    cmdlet, requestId, null), e);
        }
    }

    /**
     * Not an {@link IOException}: repeating the call would read the same oversized answer again, and the status line
     * had arrived, so this is not a lost connection whose outcome is unknown. The status says whether the cmdlet ran.
     */
    private ExchangeException tooLarge(String where, String cmdlet, String requestId,
                                       BoundedBody.TooLargeException cause) {
        return new ExchangeException(new ErrorInfo(cause.status(), "ResponseTooLarge", null, "the answer (HTTP "
                + cause.status() + ") to " + where + " is larger than " + maxResponseBytes + " bytes and was not "
                + "read: the limit stops a broken or hostile answer before it exhausts the memory", null, null, null,
                cmdlet, requestId, null), cause);
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
