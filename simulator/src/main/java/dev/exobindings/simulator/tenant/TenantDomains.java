package dev.exobindings.simulator.tenant;

import java.util.List;
import java.util.Locale;

/**
 * The tenant's domains: the initial {@code <org>.onmicrosoft.com} and a verified default {@code <org>.com}.
 *
 * @param initialDomain e.g. {@code contoso.onmicrosoft.com}
 * @param defaultDomain e.g. {@code contoso.com}
 */
public record TenantDomains(String initialDomain, String defaultDomain) {

    /** Domains for an organisation name or an initial domain. */
    public static TenantDomains of(String tenant) {
        String org = tenant.toLowerCase(Locale.ROOT);
        int dot = org.indexOf('.');
        if (dot > 0) {
            org = org.substring(0, dot);
        }
        return new TenantDomains(org + ".onmicrosoft.com", org + ".com");
    }

    /** Both domains. */
    public List<String> all() {
        return List.of(defaultDomain, initialDomain);
    }

    /** Whether the address's domain is one of ours. */
    public boolean owns(String domain) {
        return all().stream().anyMatch(d -> d.equalsIgnoreCase(domain));
    }
}
