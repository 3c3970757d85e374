package dev.exobindings.runtime.event;

import java.time.Duration;

/**
 * The service throttled a call.
 *
 * @param cmdlet          cmdlet name
 * @param clientRequestId the invocation's id
 * @param retryAfter      the wait the service asked for, or null when it did not say
 */
public record ThrottledEvent(String cmdlet, String clientRequestId, Duration retryAfter) {
}
