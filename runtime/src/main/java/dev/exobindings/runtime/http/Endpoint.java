package dev.exobindings.runtime.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The URLs of one tenant: {@code <base>/adminapi/beta/<tenant>/InvokeCommand} and {@code .../$batch}.
 *
 * @param base   scheme + host (+ port) of the EXO REST service
 * @param tenant initial domain or tenant GUID
 */
public record Endpoint(URI base, String tenant) {

    public Endpoint {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(tenant, "tenant");
    }

    /**
     * Checks a user-supplied endpoint: https anywhere, plain http only to a loopback host (tests, the simulator).
     *
     * @throws IllegalArgumentException saying why the URI is refused
     */
    public static URI checkOverride(URI uri) {
        Objects.requireNonNull(uri, "endpoint");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("endpoint " + uri + " has no host; use e.g. https://outlook.office365.com");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            // the client adds /adminapi/beta/<tenant>/…: anything else here would be sent to a URL nobody chose
            throw new IllegalArgumentException("endpoint " + uri + " must be the service root, scheme://host[:port]"
                    + " with no path, query, fragment or user information; use " + uri.getScheme() + "://"
                    + uri.getRawAuthority().substring(uri.getRawAuthority().indexOf('@') + 1));
        }
        if (scheme.equals("https")) {
            return uri;
        }
        if (scheme.equals("http")) {
            if (isLoopback(uri.getHost())) {
                return uri;
            }
            throw new IllegalArgumentException("endpoint " + uri + " uses plain http to the non-loopback host '"
                    + uri.getHost() + "': access tokens would travel unencrypted. Use https, or http only to "
                    + "127.0.0.1/localhost/[::1] for a local simulator");
        }
        throw new IllegalArgumentException("endpoint " + uri + " must use https (or http to a loopback host), not '"
                + scheme + "'");
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = h.matches("[0-9.]+") || h.contains(":");
        if (!literal) {
            return false; // never resolve names: DNS must not decide where a token goes
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** {@code .../InvokeCommand}, with {@code ?$select=a,b} when {@code select} is not empty. */
    public URI invokeCommand(List<String> select) {
        String url = root() + "/InvokeCommand";
        if (select != null && !select.isEmpty()) {
            url += "?$select=" + select.stream().map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8))
                    .collect(Collectors.joining(","));
        }
        return URI.create(url);
    }

    /** {@code .../$batch}. */
    public URI batch() {
        return URI.create(root() + "/$batch");
    }

    private String root() {
        String b = base.toString();
        if (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return b + "/adminapi/beta/" + URLEncoder.encode(tenant, StandardCharsets.UTF_8);
    }
}
