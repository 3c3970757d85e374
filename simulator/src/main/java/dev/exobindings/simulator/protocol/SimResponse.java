package dev.exobindings.simulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer of the simulated service, before it is written to HTTP (or embedded in a {@code $batch} response).
 *
 * @param status  HTTP status
 * @param headers response headers (besides Content-Type)
 * @param json    the JSON body, or {@code null} when the body is plain text
 * @param text    the plain-text body, used only when {@code json} is {@code null}
 */
public record SimResponse(int status, Map<String, String> headers, JsonNode json, String text) {

    public SimResponse {
        headers = Map.copyOf(new LinkedHashMap<>(headers == null ? Map.of() : headers));
    }

    /** A JSON response. */
    public static SimResponse json(int status, Map<String, String> headers, JsonNode body) {
        return new SimResponse(status, headers, body, null);
    }

    /** A plain-text response (the service's tenant concurrency message is plain text). */
    public static SimResponse text(int status, Map<String, String> headers, String body) {
        return new SimResponse(status, headers, null, body);
    }

    /** An XML document (the {@code $metadata} CSDL). */
    public static SimResponse xml(int status, Map<String, String> headers, String body) {
        Map<String, String> copy = new LinkedHashMap<>(headers == null ? Map.of() : headers);
        copy.put("Content-Type", "application/xml; charset=utf-8");
        return new SimResponse(status, copy, null, body);
    }

    /** A copy with one more header. */
    public SimResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SimResponse(status, copy, json, text);
    }

    /** The content type this response is sent with. */
    public String contentType() {
        if (json != null) {
            return "application/json; odata.metadata=minimal; charset=utf-8";
        }
        return headers.getOrDefault("Content-Type", "text/plain; charset=utf-8");
    }
}
