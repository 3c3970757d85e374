package dev.exobindings.runtime.event;

/**
 * A warning from the service.
 *
 * @param cmdlet          cmdlet name
 * @param clientRequestId the invocation's id
 * @param message         the warning text
 */
public record WarningEvent(String cmdlet, String clientRequestId, String message) {
}
