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

    public HttpSender(HttpClient client) {
        this.client = client;
    }

    /**
     * POSTs {@code body} to {@code uri}.
     *
     * @param logBody the body as it may be logged (secrets already redacted)
     */
    public WireResponse post(URI uri, Map<String, String> headers, byte[] body, String logBody, Duration timeout,
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
