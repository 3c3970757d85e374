package dev.exobindings.simulator.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Headers of a successful call: backend server and request id, as the module reads them. */
public final class ResponseHeaders {

    private ResponseHeaders() {
    }

    /** Fresh success headers. */
    public static Map<String, String> success() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-CalculatedBETarget", ErrorBodies.BACKEND);
        headers.put("request-id", UUID.randomUUID().toString());
        return headers;
    }
}
