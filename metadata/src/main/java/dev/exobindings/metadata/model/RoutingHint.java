package dev.exobindings.metadata.model;

import java.util.Objects;

/**
 * The parameter whose value the module turns into a custom-routing anchor, and the rule it applies.
 *
 * @param parameter the parameter's name as the cmdlet declares it (not always {@code Identity}:
 *                  Get-MobileDeviceStatistics routes by {@code Mailbox})
 * @param kind      the rule
 */
public record RoutingHint(String parameter, RoutingKind kind) {
    public RoutingHint {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(kind, "kind");
    }
}
