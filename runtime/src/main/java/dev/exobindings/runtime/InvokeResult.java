package dev.exobindings.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * What one invocation returned, all pages joined.
 *
 * @param rows                the rows ({@code value}) of every page, in order
 * @param warnings            {@code @adminapi.warnings} of every page (the "more results" warning only when final)
 * @param errors              {@code @adminapi.errors}: non-terminating errors the cmdlet reported
 * @param requestId           the invocation's {@code client-request-id}
 * @param serverRequestId     the last response's {@code request-id}, or null
 * @param backendServer       the last response's {@code X-CalculatedBETarget}, or null
 * @param pagesFetched        pages received
 * @param confirmationMessage {@code @adminapi.confirmationmessage} (confirmation/WhatIf flows), or null
 * @param executed            false when a confirmation handler declined and nothing ran
 * @param truncated           true when the service had more rows than were returned (ResultSize stopped the
 *                            listing; a WARN log said so too); pass {@code ResultSize.unlimited()} to get every row
 */
public record InvokeResult(List<JsonNode> rows, List<String> warnings, List<String> errors, String requestId,
                           String serverRequestId, String backendServer, int pagesFetched,
                           String confirmationMessage, boolean executed, boolean truncated) {

    public InvokeResult {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        Objects.requireNonNull(requestId, "requestId");
    }

    /** A result that is not truncated. */
    public InvokeResult(List<JsonNode> rows, List<String> warnings, List<String> errors, String requestId,
                        String serverRequestId, String backendServer, int pagesFetched, String confirmationMessage,
                        boolean executed) {
        this(rows, warnings, errors, requestId, serverRequestId, backendServer, pagesFetched, confirmationMessage,
                executed, false);
    }

    /** The single row of a single-object cmdlet, or null when there is none. */
    public JsonNode first() {
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public String toString() {
        return "InvokeResult[rows=" + rows.size() + ", warnings=" + warnings + ", errors=" + errors.size()
                + ", requestId=" + requestId + ", backendServer=" + backendServer + ", pages=" + pagesFetched
                + ", executed=" + executed + (truncated ? ", truncated" : "") + "]";
    }
}
