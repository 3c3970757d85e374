package dev.exobindings.simulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/** Turns the parts of an InvokeCommand call (query, Prefer header, JSON body) into an {@link InvokeRequest}. */
public final class InvokeRequestParser {

    private InvokeRequestParser() {
    }

    /**
     * Parses one call.
     *
     * @param serviceRoot absolute root of the tenant's API
     * @param rawQuery    the raw (still encoded) query of the URL, may be null
     * @param headers     the request headers (first value per name); Authorization is redacted here
     * @param body        the parsed JSON body
     * @param batched     whether the call is a {@code $batch} item
     * @throws ServiceError 400 when the body has no {@code CmdletInput.CmdletName} or the page size is not a number
     */
    public static InvokeRequest parse(String serviceRoot, String rawQuery, Map<String, String> headers, JsonNode body,
                                      boolean batched) {
        Map<String, String> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        kept.putAll(headers);
        if (kept.containsKey("Authorization")) {
            kept.put("Authorization", "<redacted>");
        }
        String prefer = kept.get("Prefer");
        JsonNode input = body == null ? null : body.get("CmdletInput");
        if (input == null || !input.isObject() || !input.path("CmdletName").isTextual()
                || input.path("CmdletName").asText().isBlank()) {
            throw new ServiceError(ErrorBodies.badRequest(
                    "The request body must be {\"CmdletInput\":{\"CmdletName\":\"<Verb-Noun>\",\"Parameters\":{…}}};"
                            + " CmdletInput.CmdletName is missing."));
        }
        JsonNode parameters = input.get("Parameters");
        if (parameters != null && !parameters.isNull() && !parameters.isObject()) {
            throw new ServiceError(ErrorBodies.badRequest("CmdletInput.Parameters must be a JSON object."));
        }
        ObjectNode params = parameters instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
        Map<String, String> query = query(rawQuery);
        return new InvokeRequest(serviceRoot, input.get("CmdletName").asText(), params,
                PropertySelect.parse(query.get("$select")), query.get("$skiptoken"), maxPageSize(prefer),
                fingerprint(input), kept, batched);
    }

    /** Decodes a query string into name → value (later duplicates win). */
    public static Map<String, String> query(String rawQuery) {
        Map<String, String> result = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.put(name.toLowerCase(Locale.ROOT), value);
        }
        return result;
    }

    /** The {@code odata.maxpagesize} preference, or 0. */
    static int maxPageSize(String prefer) {
        if (prefer == null) {
            return 0;
        }
        for (String part : prefer.split("[;,]")) {
            String trimmed = part.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("odata.maxpagesize=")) {
                String value = trimmed.substring("odata.maxpagesize=".length()).trim();
                try {
                    int size = Integer.parseInt(value);
                    if (size > 0) {
                        return size;
                    }
                } catch (NumberFormatException e) {
                    // fall through to the error below
                }
                throw new ServiceError(ErrorBodies.badRequest(
                        "Prefer: odata.maxpagesize must be a positive integer, got '" + value + "'."));
            }
        }
        return 0;
    }

    private static String fingerprint(JsonNode cmdletInput) {
        CRC32 crc = new CRC32();
        crc.update(cmdletInput.toString().getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
