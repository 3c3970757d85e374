package dev.exobindings.capture.psm1;

/**
 * The routing hint a proxy passes to the request helper.
 *
 * @param parameter the parameter whose value becomes the hint ({@code -ParameterBasedRoutingHintParameterValue $X})
 * @param rule      the rule of the delegate ({@code -ParameterBasedRoutingHintDelegate})
 * @param delegate  the delegate as written, for reports
 */
public record RoutingHintParameter(String parameter, RoutingRule rule, String delegate) {
}
