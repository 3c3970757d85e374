package dev.exobindings.runtime.paging;

import java.util.List;

/**
 * One page of an InvokeCommand response.
 *
 * @param rows                {@code value}, read by the sequence's {@link RowReader}
 * @param warnings            {@code @adminapi.warnings}
 * @param errors              {@code @adminapi.errors} (non-terminating errors)
 * @param confirmationMessage {@code @adminapi.confirmationmessage}, or null
 * @param nextLink            {@code @odata.nextLink}, or null
 * @param serverRequestId     {@code request-id} header, or null
 * @param backendServer       {@code X-CalculatedBETarget} header, or null
 * @param <R>                 the row type
 */
public record Page<R>(List<R> rows, List<String> warnings, List<String> errors, String confirmationMessage,
                      String nextLink, String serverRequestId, String backendServer) {

    /** The warning the service adds to truncated pages; hidden while paging continues. */
    public static final String MORE_RESULTS_PREFIX = "There are more results available";

    /** This page without the "more results" warning (paging continues, so it is not true yet). */
    public Page<R> withoutMoreResultsWarning() {
        List<String> kept = warnings.stream().filter(w -> !w.trim().startsWith(MORE_RESULTS_PREFIX)).toList();
        return new Page<>(rows, kept, errors, confirmationMessage, nextLink, serverRequestId, backendServer);
    }

    /** This page with {@code newRows} instead of its rows (a {@code $batch} first page read into another row type). */
    public <T> Page<T> withRows(List<T> newRows) {
        return new Page<>(newRows, warnings, errors, confirmationMessage, nextLink, serverRequestId, backendServer);
    }
}
