package dev.exobindings.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.simulator.cmdlets.CallerRole;
import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.InvokeRequest;
import dev.exobindings.simulator.protocol.InvokeRequestParser;
import dev.exobindings.simulator.protocol.ResponseHeaders;
import dev.exobindings.simulator.protocol.ServiceError;
import dev.exobindings.simulator.protocol.SimResponse;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST …/$batch}: each item is an InvokeCommand call with an absolute url, its own headers and body; each
 * is handled like a single call (own fault plan, errors, paging) and answered as {id, status, headers, body}.
 */
final class BatchEndpoint {
    /** Most items one batch may carry, as the module and CIPP send. */
    static final int MAX_ITEMS = 10;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private BatchEndpoint() {
    }

    /** Runs the items for the caller with {@code role}: an item outside it gets its own 403, the others run. */
    static SimResponse handle(ServiceContext context, String serviceRoot, JsonNode body, CallerRole role) {
        context.counters().recordEvent("batch");
        JsonNode requests = body == null ? null : body.get("requests");
        if (requests == null || !requests.isArray()) {
            return ErrorBodies.badRequest("A $batch body must be {\"requests\":[{\"id\",\"method\",\"url\","
                    + "\"headers\",\"body\"}…]}; 'requests' is missing or not an array.");
        }
        if (requests.size() > MAX_ITEMS) {
            return ErrorBodies.badRequest("A $batch may carry at most " + MAX_ITEMS + " requests; got "
                    + requests.size() + ".");
        }
        ObjectNode result = F.objectNode();
        ArrayNode responses = result.putArray("responses");
        for (int i = 0; i < requests.size(); i++) {
            JsonNode item = requests.get(i);
            String id = item.path("id").asText(String.valueOf(i));
            SimResponse response = item(context, serviceRoot, item, role);
            ObjectNode out = responses.addObject().put("id", id).put("status", response.status());
            ObjectNode headers = out.putObject("headers");
            response.headers().forEach(headers::put);
            headers.put("Content-Type", response.contentType());
            if (response.json() != null) {
                out.set("body", response.json());
            } else {
                out.put("body", response.text());
            }
        }
        return SimResponse.json(200, ResponseHeaders.success(), result);
    }

    private static SimResponse item(ServiceContext context, String serviceRoot, JsonNode item, CallerRole role) {
        try {
            if (!item.path("method").asText("POST").equalsIgnoreCase("POST")) {
                return ErrorBodies.badRequest("Batch item method must be POST.");
            }
            URI url = URI.create(item.path("url").asText(""));
            String expectedPath = URI.create(serviceRoot).getPath() + "/invokecommand";
            if (!url.isAbsolute() || !url.getPath().toLowerCase(Locale.ROOT).equals(expectedPath.toLowerCase(Locale.ROOT))) {
                return ErrorBodies.badRequest("Batch item url must be the absolute InvokeCommand url of this tenant ("
                        + serviceRoot + "/InvokeCommand), got '" + item.path("url").asText("") + "'.");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> header : item.path("headers").properties()) {
                headers.put(header.getKey(), header.getValue().asText());
            }
            InvokeRequest request = InvokeRequestParser.parse(serviceRoot, url.getRawQuery(), headers,
                    item.get("body"), true);
            return context.pipeline().run(request, context.pipeline().injector().next().withoutLatency(), role);
        } catch (ServiceError e) {
            context.counters().recordInvocation(e.response().status());
            return e.response();
        } catch (IllegalArgumentException e) {
            return ErrorBodies.badRequest("Batch item url is not a valid URI: " + e.getMessage());
        }
    }
}
