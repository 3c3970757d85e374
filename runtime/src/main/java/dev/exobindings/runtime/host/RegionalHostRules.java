package dev.exobindings.runtime.host;

import dev.exobindings.runtime.cloud.Cloud;
import dev.exobindings.runtime.cloud.ComplianceCloud;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where host discovery starts and which hosts it may end on: the front door the bootstrap GET goes to, the rewrite
 * applied to a redirect's {@code Location}, and the {@link HostFamily} every token-carrying request must stay in.
 *
 * @param frontDoor the front door ({@code https://ps.compliance.protection.outlook.com} for commercial)
 * @param rewrite   the {@code Location} rewrite
 * @param family    the hosts the token may go to (the front door is one of them)
 */
public record RegionalHostRules(URI frontDoor, LocationRewrite rewrite, HostFamily family) {

    public RegionalHostRules {
        Objects.requireNonNull(frontDoor, "frontDoor");
        Objects.requireNonNull(rewrite, "rewrite");
        Objects.requireNonNull(family, "family");
        if (!family.contains(frontDoor)) {
            throw new IllegalArgumentException("the front door " + frontDoor + " is outside the hosts the token may go"
                    + " to (" + family.describe() + ")");
        }
    }

    /** A fixed host: the token goes only to {@code base}'s origin, a redirect is followed only within it. */
    public static RegionalHostRules fixed(URI base) {
        return new RegionalHostRules(base, LocationRewrite.none(), HostFamily.sameOrigin(base));
    }

    /** Production rules of Security &amp; Compliance in {@code cloud}. */
    public static RegionalHostRules compliance(Cloud cloud) {
        ComplianceCloud c = ComplianceCloud.of(cloud);
        return new RegionalHostRules(c.frontDoor(), LocationRewrite.compliance(), HostFamily.domain(c.domain()));
    }

    /**
     * Rules for a loopback simulator (tests, demos): the bootstrap goes to {@code frontDoor}; a {@code Location} on
     * port {@code locationPort} (446 as observed) is rewritten to {@code regionalPort}; the token may go to the
     * front door, the regional port and {@code otherRegionalPorts} of a loopback address only.
     *
     * @throws IllegalArgumentException when {@code frontDoor} is not a loopback address
     */
    public static RegionalHostRules loopback(URI frontDoor, int locationPort, int regionalPort,
                                             int... otherRegionalPorts) {
        if (!HostFamily.Loopback.isLoopback(frontDoor.getHost())) {
            throw new IllegalArgumentException("loopback rules need a loopback front door, not " + frontDoor);
        }
        Set<Integer> ports = new LinkedHashSet<>();
        ports.add(Origins.port(frontDoor));
        ports.add(regionalPort);
        for (int p : otherRegionalPorts) {
            ports.add(p);
        }
        return new RegionalHostRules(frontDoor, new LocationRewrite(null, null, locationPort, regionalPort),
                HostFamily.loopback(ports));
    }

    /** The same rules with another front door (e.g. a known regional host), which must stay in the family. */
    public RegionalHostRules withFrontDoor(URI door) {
        return new RegionalHostRules(door, rewrite, family);
    }

    /**
     * The API origin a redirect names: {@code location} (resolved against {@code from}) rewritten, path dropped.
     *
     * @throws IllegalArgumentException saying why, when the result is outside {@link #family()}
     */
    public URI apiOrigin(URI from, String location) {
        URI target = target(from, location);
        return URI.create(target.getScheme() + "://" + target.getRawAuthority());
    }

    /**
     * The full URL a redirect sends a request to, after the rewrite.
     *
     * @throws IllegalArgumentException saying why, when the result is outside {@link #family()}
     */
    public URI target(URI from, String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("the redirect has no Location header");
        }
        URI raw;
        try {
            raw = from.resolve(URI.create(location.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the Location '" + location + "' is not a URL", e);
        }
        URI rewritten = rewrite.apply(raw);
        if (rewritten.getHost() == null || !family.contains(rewritten)) {
            throw new IllegalArgumentException("the Location " + raw + (rewritten.equals(raw) ? ""
                    : " (rewritten to " + rewritten + ")") + " is outside " + family.describe());
        }
        return rewritten;
    }
}
