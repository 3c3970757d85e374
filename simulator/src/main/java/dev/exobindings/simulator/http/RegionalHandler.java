package dev.exobindings.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A Security &amp; Compliance regional host: the normal API handler, plus the affinity cookie on answers to
 * requests that lack it, and the redirects of {@link ComplianceRouting} (a moved tenant, a planned one-off).
 */
public final class RegionalHandler implements HttpHandler {
    private final HttpHandler api;
    private final ComplianceRouting routing;
    private final String region;
    private final boolean primary;
    private final String secondaryBase;

    /**
     * @param region        the cookie value naming this host
     * @param primary       whether this is the host the front door points to (it redirects once the tenant moved)
     * @param secondaryBase base URI of the secondary host
     */
    public RegionalHandler(HttpHandler api, ComplianceRouting routing, String region, boolean primary,
                           String secondaryBase) {
        this.api = api;
        this.routing = routing;
        this.region = region;
        this.primary = primary;
        this.secondaryBase = secondaryBase;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String redirect = routing.takeRedirect();
        if (redirect == null && primary && routing.moved()) {
            String query = exchange.getRequestURI().getRawQuery();
            redirect = secondaryBase + exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
        }
        if (redirect != null) {
            try (exchange) {
                try (InputStream in = exchange.getRequestBody()) {
                    in.readAllBytes();
                }
                exchange.getResponseHeaders().set("Location", redirect);
                exchange.sendResponseHeaders(307, -1);
            }
            return;
        }
        List<String> cookies = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        if (cookies.stream().noneMatch(c -> c.contains(ComplianceRouting.AFFINITY_COOKIE + "=" + region))) {
            exchange.getResponseHeaders().add("Set-Cookie", ComplianceRouting.AFFINITY_COOKIE + "=" + region
                    + "; Path=/; HttpOnly");
        }
        api.handle(exchange);
    }
}
