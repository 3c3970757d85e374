package dev.exobindings.runtime.http;

/**
 * The routing hint for one call.
 *
 * @param value                 the {@code X-AnchorMailbox} value
 * @param parameterBasedRouting whether it came from a cmdlet parameter ({@code parameter-based-routing: true})
 */
public record Anchor(String value, boolean parameterBasedRouting) {
}
