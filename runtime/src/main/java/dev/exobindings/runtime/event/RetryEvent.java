package dev.exobindings.runtime.event;

import java.time.Duration;

/**
 * A retry decision.
 *
 * @param cmdlet          cmdlet name
 * @param clientRequestId the invocation's id
 * @param retry           1 for the first retry
 * @param delay           the wait before it
 * @param reason          why (status, exception type or message)
 */
public record RetryEvent(String cmdlet, String clientRequestId, int retry, Duration delay, String reason) {
}
