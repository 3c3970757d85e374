package dev.exobindings.runtime.http;

import dev.exobindings.runtime.auth.TokenProvider;
import dev.exobindings.runtime.host.RegionalHostRules;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The host side of one client: the sender with its {@link HostGuard}, and where calls go ({@link Endpoint}),
 * fixed for Exchange Online, discovered once for Security &amp; Compliance.
 *
 * @param sender    sends every InvokeCommand/{@code $batch} call through the guard
 * @param endpoints the tenant's endpoint (may run discovery on first use)
 * @param discovery the discovery, or null for a fixed host
 */
public record ServiceHosts(HttpSender sender, Supplier<Endpoint> endpoints, RegionalHostDiscovery discovery) {

    /**
     * A fixed host: the token goes only to {@code base}'s origin; a 3xx is followed only within it.
     *
     * @param maxResponseBytes the most bytes a response body may have (see {@link HttpSender})
     */
    public static ServiceHosts fixed(HttpClient http, URI base, String tenant, Clock clock, int maxResponseBytes) {
        HostGuard guard = new HostGuard(RegionalHostRules.fixed(base), new PinnedCookieJar(clock));
        guard.pin(base);
        Endpoint endpoint = new Endpoint(base, tenant);
        return new ServiceHosts(new HttpSender(http, guard, maxResponseBytes), () -> endpoint, null);
    }

    /** A discovered host under {@code rules}. */
    public static ServiceHosts discovered(HttpClient http, RegionalHostRules rules, String tenant, TokenProvider tokens,
                                          String scope, AnchorResolver anchors, String connectionId,
                                          Duration bootstrapTimeout, Clock clock, int maxResponseBytes) {
        HostGuard guard = new HostGuard(rules, new PinnedCookieJar(clock));
        HttpSender sender = new HttpSender(http, guard, maxResponseBytes);
        RegionalHostDiscovery discovery = new RegionalHostDiscovery(rules, tenant, sender, tokens, scope, anchors,
                connectionId, bootstrapTimeout, guard);
        return new ServiceHosts(sender, discovery, discovery);
    }

    /** Where calls go, without triggering discovery (for {@code toString}). */
    public String describe() {
        if (discovery == null) {
            return endpoints.get().base().toString();
        }
        return discovery.pinnedHost().map(URI::toString)
                .orElse("(discovered on first call from " + discovery.bootstrapUri() + ")");
    }
}
