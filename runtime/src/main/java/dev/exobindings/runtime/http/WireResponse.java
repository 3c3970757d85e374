package dev.exobindings.runtime.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * A decoded HTTP response.
 *
 * @param uri     the URL called
 * @param status  HTTP status
 * @param headers response headers
 * @param body    body bytes, already gunzipped when they were gzip
 */
public record WireResponse(URI uri, int status, HttpHeaders headers, byte[] body) {

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of header {@code name}, or null. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** Whether the status is 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "WireResponse[" + status + " " + uri + ", " + body.length + " bytes]";
    }
}
