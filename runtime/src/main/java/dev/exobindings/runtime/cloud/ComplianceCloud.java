package dev.exobindings.runtime.cloud;

import java.net.URI;

/**
 * Security &amp; Compliance facts per cloud, from the protocol reference §(j) and §(a).
 *
 * <p>Certain: the commercial front door {@code ps.compliance.protection.outlook.com} and its scope (sources S1, S2,
 * S4), the {@code .admin.protection.} → {@code .ps.compliance.protection.} and {@code :446} → {@code :443} rewrites
 * (S3, S4, commercial only). Documented host, scope inferred as {@code https://<host>/.default}: GCC High and China.
 * DoD: the front door keeps the {@code l5.} prefix while the token audience drops it (azure_auth table). That the
 * sovereign clouds redirect with the same {@code .admin.protection.}/{@code :446} shape is an inference; every value
 * here can be replaced through {@code RegionalHostRules.builder(cloud)} and {@code ExchangeClientBuilder.scope}.
 *
 * @param frontDoor the host the bootstrap GET goes to
 * @param audience  the token audience (scope without {@code /.default})
 * @param domain    the expected domain: the bearer token goes only to this host and its subdomains
 */
public record ComplianceCloud(URI frontDoor, String audience, String domain) {

    /** The values for {@code cloud}. */
    public static ComplianceCloud of(Cloud cloud) {
        return switch (cloud) {
            case COMMERCIAL -> same("ps.compliance.protection.outlook.com");
            case GCC_HIGH -> same("ps.compliance.protection.office365.us");
            case DOD -> new ComplianceCloud(URI.create("https://l5.ps.compliance.protection.office365.us"),
                    "https://ps.compliance.protection.office365.us", "ps.compliance.protection.office365.us");
            case CHINA -> same("ps.compliance.protection.partner.outlook.cn");
        };
    }

    private static ComplianceCloud same(String host) {
        return new ComplianceCloud(URI.create("https://" + host), "https://" + host, host);
    }

    /** {@code <audience>/.default}. */
    public String scope() {
        return audience + "/.default";
    }
}
