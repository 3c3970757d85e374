package dev.exobindings.simulator.protocol;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the success body of an InvokeCommand call: ResultSize truncation and its warning, one page of rows,
 * {@code $select}, and an absolute {@code @odata.nextLink} carrying a {@link SkipToken}.
 */
public final class PageWriter {
    /** Page size when the client sends no {@code Prefer: odata.maxpagesize}, and the largest honoured. */
    public static final int MAX_PAGE_SIZE = 1000;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PageWriter() {
    }

    /**
     * One page.
     *
     * @param request    the call (select, page size, continuation offset, service root)
     * @param result     what the cmdlet produced
     * @param resultSize the ResultSize limit, or {@code null} for unlimited
     * @param offset     index of the first row of this page
     * @return the body and whether a nextLink was issued
     */
    public static Page write(InvokeRequest request, CmdletResult result, Long resultSize, int offset) {
        int total = result.rows().size();
        int limit = resultSize == null ? total : (int) Math.min(total, resultSize);
        int pageSize = request.maxPageSize() <= 0 ? MAX_PAGE_SIZE : Math.min(request.maxPageSize(), MAX_PAGE_SIZE);
        int end = (int) Math.min((long) offset + pageSize, limit);

        ObjectNode body = F.objectNode();
        body.put("@odata.context", request.serviceRoot() + "/$metadata#Collection(Exchange.GenericHashTable)");
        List<String> warnings = new ArrayList<>(result.warnings());
        boolean more = end < limit;
        if (!more && limit < total) {
            warnings.add(ErrorBodies.MORE_RESULTS_WARNING);
        }
        if (!warnings.isEmpty()) {
            body.put("adminapi.warnings@odata.type", "#Collection(String)");
            ArrayNode array = body.putArray("@adminapi.warnings");
            warnings.forEach(array::add);
        }
        if (result.confirmationMessage() != null) {
            body.put("@adminapi.confirmationmessage", result.confirmationMessage());
        }
        if (more) {
            body.put("@odata.nextLink", nextLink(request, end));
        }
        ArrayNode value = body.putArray("value");
        for (int i = offset; i < end; i++) {
            value.add(RowJson.toJson(request.select().apply(
                    ModelRows.shape(request.cmdletName(), result.rows().row(i), request.select()))));
        }
        return new Page(body, more);
    }

    private static String nextLink(InvokeRequest request, int nextOffset) {
        StringBuilder link = new StringBuilder(request.serviceRoot()).append("/InvokeCommand?");
        if (!request.select().all()) {
            link.append("$select=").append(URLEncoder.encode(request.select().asQueryValue(), StandardCharsets.UTF_8))
                    .append('&');
        }
        return link.append("$skiptoken=").append(new SkipToken(nextOffset, request.bodyFingerprint()).encode())
                .toString();
    }

    /**
     * A written page.
     *
     * @param body     the JSON body
     * @param nextLink whether it carries a nextLink
     */
    public record Page(ObjectNode body, boolean nextLink) {
    }
}
