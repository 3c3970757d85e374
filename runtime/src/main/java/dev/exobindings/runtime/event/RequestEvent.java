package dev.exobindings.runtime.event;

import java.net.URI;
import java.time.Duration;

/**
 * One HTTP call.
 *
 * @param cmdlet          cmdlet name ({@code $batch} for a batch call)
 * @param method          HTTP method
 * @param uri             the URL called
 * @param status          HTTP status, or -1 when no response arrived
 * @param clientRequestId the invocation's {@code client-request-id}
 * @param attempt         1 for the first attempt
 * @param elapsed         time until the response
 */
public record RequestEvent(String cmdlet, String method, URI uri, int status, String clientRequestId, int attempt,
                           Duration elapsed) {
}
