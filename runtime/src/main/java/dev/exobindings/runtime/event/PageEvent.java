package dev.exobindings.runtime.event;

/**
 * A page arrived.
 *
 * @param cmdlet          cmdlet name
 * @param clientRequestId the invocation's id
 * @param pageNumber      1 for the first page
 * @param rows            rows on this page
 * @param hasNext         whether the service offered another page
 */
public record PageEvent(String cmdlet, String clientRequestId, int pageNumber, int rows, boolean hasNext) {
}
