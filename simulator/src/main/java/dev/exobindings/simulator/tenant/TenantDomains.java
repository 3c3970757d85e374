package dev.exobindings.simulator.tenant;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tenant's domains: the initial {@code <org>.onmicrosoft.com} and a verified default {@code <org>.com}.
 *
 * @param initialDomain e.g. {@code contoso.onmicrosoft.com}
 * @param defaultDomain e.g. {@code contoso.com}
 */
public record TenantDomains(String initialDomain, String defaultDomain) {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    /**
     * Domains for an organisation name or an initial domain.
     *
     * @throws IllegalArgumentException when {@code tenant} is neither (see {@link #check})
     */
    public static TenantDomains of(String tenant) {
        String org = check(tenant).toLowerCase(Locale.ROOT);
        int dot = org.indexOf('.');
        if (dot > 0) {
            org = org.substring(0, dot);
        }
        return new TenantDomains(org + ".onmicrosoft.com", org + ".com");
    }

    /**
     * The tenant as given, when it is an organisation name ({@code contoso}) or a domain ({@code
     * contoso.onmicrosoft.com}) whose labels are DNS labels. The name becomes the path segment clients call and the
     * domain of every seeded address, so anything else would make a simulator that no client can reach.
     *
     * @throws IllegalArgumentException naming the value, what is wrong and what to give instead
     */
    public static String check(String tenant) {
        if (tenant == null || tenant.isBlank()) {
            throw invalid(String.valueOf(tenant), "it is empty");
        }
        if (tenant.length() > 253) {
            throw invalid(tenant.substring(0, 40) + "…", "it is longer than a domain name can be (253 characters)");
        }
        for (String label : tenant.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid(tenant, label.isEmpty() ? "it has an empty label (two dots in a row, or a leading or "
                        + "trailing dot)" : "'" + label + "' is not a DNS label (letters, digits and inner hyphens, "
                        + "at most 63 characters)");
            }
        }
        return tenant;
    }

    private static IllegalArgumentException invalid(String tenant, String problem) {
        // the value may come from a command line: control characters are shown escaped, never printed raw
        StringBuilder message = new StringBuilder();
        ("tenant '" + tenant + "' is not valid: " + problem).codePoints().forEach(c -> message.append(
                Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", c) : Character.toString(c)));
        return new IllegalArgumentException(message
                + ". Give an organisation name (contoso) or its initial domain (contoso.onmicrosoft.com)");
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
