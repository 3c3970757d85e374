package dev.exobindings.runtime.event;

/**
 * A {@code $batch} call finished.
 *
 * @param clientRequestId the batch's id
 * @param size            sub-requests sent
 * @param failed          sub-responses with a status other than 2xx
 */
public record BatchEvent(String clientRequestId, int size, int failed) {
}
