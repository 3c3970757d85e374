package dev.exobindings.runtime.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * A decoded HTTP response.
 *
 * @param uri      the URL called
 * @param status   HTTP status
 * @param headers  response headers
 * @param body     body bytes, already gunzipped when they were gzip
 * @param bodyNote why an error status's body is not whole (cut at the size limit, did not decompress), or null
 */
public record WireResponse(URI uri, int status, HttpHeaders headers, byte[] body, String bodyNote) {

    /** A response whose body was read whole. */
    public WireResponse(URI uri, int status, HttpHeaders headers, byte[] body) {
        this(uri, status, headers, body, null);
    }

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
