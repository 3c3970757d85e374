package dev.exobindings.runtime.host;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hosts a client may send its bearer token to and follow redirects to. Production rules are
 * {@link #domain(String)} (https, port 443, the cloud's expected domain); {@link #loopback(Set)} exists so tests can
 * run the same discovery and redirect code against a loopback simulator, and only ever matches loopback literals.
 */
public interface HostFamily {

    /** Whether a request carrying the token may go to {@code uri}. */
    boolean contains(URI uri);

    /** What the family accepts, for error messages. */
    String describe();

    /** https, port 443 (or none), host equal to {@code domain} or one of its subdomains; no user info. */
    static HostFamily domain(String domain) {
        return new Domain(domain.toLowerCase(Locale.ROOT));
    }

    /** Exactly the scheme, host and port of {@code origin} (the Exchange Online host, or an endpoint override). */
    static HostFamily sameOrigin(URI origin) {
        return new SameOrigin(Origins.of(origin));
    }

    /** http or https to a loopback IP literal or {@code localhost}, on one of {@code ports}. */
    static HostFamily loopback(Set<Integer> ports) {
        return new Loopback(Set.copyOf(new TreeSet<>(ports)));
    }

    /** See {@link #domain(String)}. */
    record Domain(String domain) implements HostFamily {
        public Domain {
            Objects.requireNonNull(domain, "domain");
        }

        @Override
        public boolean contains(URI uri) {
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawUserInfo() != null || uri.getHost() == null) {
                return false;
            }
            if (uri.getPort() != -1 && uri.getPort() != 443) {
                return false;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return host.equals(domain) || host.endsWith("." + domain);
        }

        @Override
        public String describe() {
            return "https://" + domain + " or https://*." + domain + " on port 443";
        }
    }

    /** See {@link #sameOrigin(URI)}. */
    record SameOrigin(URI origin) implements HostFamily {
        @Override
        public boolean contains(URI uri) {
            return uri.getRawUserInfo() == null && uri.getHost() != null && Origins.of(uri).equals(origin);
        }

        @Override
        public String describe() {
            return origin.toString();
        }
    }

    /** See {@link #loopback(Set)}. */
    record Loopback(Set<Integer> ports) implements HostFamily {
        @Override
        public boolean contains(URI uri) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getRawUserInfo() == null
                    && isLoopback(uri.getHost()) && ports.contains(Origins.port(uri));
        }

        @Override
        public String describe() {
            return "loopback on ports " + new TreeSet<>(ports);
        }

        /** A loopback literal or localhost; names are never resolved (DNS must not decide where a token goes). */
        static boolean isLoopback(String host) {
            if (host == null) {
                return false;
            }
            String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            if (h.equalsIgnoreCase("localhost")) {
                return true;
            }
            if (!(h.matches("[0-9.]+") || h.contains(":"))) {
                return false;
            }
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }
}
