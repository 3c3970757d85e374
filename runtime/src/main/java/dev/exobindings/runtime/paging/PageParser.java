package dev.exobindings.runtime.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.runtime.http.WireResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the success body of protocol reference §(d) into a {@link Page}. */
public final class PageParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageParser() {
    }

    /** Parses a 2xx InvokeCommand response. An empty body is an empty page (cmdlets without output). */
    public static Page parse(WireResponse response) {
        if (response.body().length == 0) {
            return new Page(List.of(), List.of(), List.of(), null, null, response.header("request-id"),
                    response.header("X-CalculatedBETarget"));
        }
        try {
            return fromJson(JSON.readTree(response.body()), response.header("request-id"),
                    response.header("X-CalculatedBETarget"));
        } catch (IOException e) {
            throw new UncheckedIOException("InvokeCommand response from " + response.uri() + " is not JSON", e);
        }
    }

    /** Reads a page from a parsed body (also used for {@code $batch} sub-responses). */
    public static Page fromJson(JsonNode body, String serverRequestId, String backendServer) {
        List<JsonNode> rows = new ArrayList<>();
        JsonNode value = body.path("value");
        if (value.isArray()) {
            value.forEach(rows::add);
        } else if (value.isObject()) {
            rows.add(value);
        }
        String next = body.hasNonNull("@odata.nextLink") ? body.get("@odata.nextLink").asText() : null;
        String confirm = body.hasNonNull("@adminapi.confirmationmessage")
                ? body.get("@adminapi.confirmationmessage").asText() : null;
        return new Page(rows, strings(body.get("@adminapi.warnings")), strings(body.get("@adminapi.errors")), confirm,
                next, serverRequestId, backendServer);
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.isTextual() ? n.asText() : n.toString()));
        } else {
            out.add(node.isTextual() ? node.asText() : node.toString());
        }
        return List.copyOf(out);
    }
}
