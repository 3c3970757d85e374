package dev.exobindings.simulator.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One InvokeCommand call, parsed from HTTP or from a {@code $batch} item.
 *
 * @param serviceRoot     absolute root of the tenant's API, e.g. {@code http://127.0.0.1:8080/adminapi/beta/contoso.com}
 * @param cmdletName      {@code CmdletInput.CmdletName}
 * @param parameters      {@code CmdletInput.Parameters} (never null)
 * @param select          the {@code $select} of the URL
 * @param skipToken       the continuation token of the URL, or {@code null} for a first page
 * @param maxPageSize     the {@code Prefer: odata.maxpagesize} value, or 0 when absent
 * @param bodyFingerprint fingerprint of the CmdletInput, to check continuations re-POST the same body
 * @param headers         the request headers (a batch item's own headers), Authorization already redacted
 * @param batched         whether the call came inside a {@code $batch}
 */
public record InvokeRequest(String serviceRoot, String cmdletName, ObjectNode parameters, PropertySelect select,
                           String skipToken, int maxPageSize, String bodyFingerprint, Map<String, String> headers,
                           boolean batched) {

    public InvokeRequest {
        Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(headers);
        headers = Collections.unmodifiableMap(sorted);
    }
}
