package dev.exobindings.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.SimResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The Security &amp; Compliance front door: every authenticated request is answered 302 with a {@code Location} on
 * port {@value ComplianceRouting#LOCATION_PORT} of the same loopback address, same path and query — the shape the
 * real front door has ({@code <region>.admin.protection.outlook.com:446}); the API is not served here. Clients
 * rewrite the port to the regional host (protocol reference §(a)).
 */
public final class FrontDoorHandler implements HttpHandler {
    private final ServiceContext context;
    private final ComplianceRouting routing;

    public FrontDoorHandler(ServiceContext context, ComplianceRouting routing) {
        this.context = context;
        this.routing = routing;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            SimResponse response;
            if (!context.auth().accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
                response = ErrorBodies.unauthorized();
            } else {
                routing.recordBootstrap();
                String query = exchange.getRequestURI().getRawQuery();
                String location = "http://127.0.0.1:" + ComplianceRouting.LOCATION_PORT
                        + exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
                response = SimResponse.text(302, Map.of("Location", location), "");
            }
            context.counters().recordHttp(response.status());
            ExchangeIO.write(exchange, response, false, false, context.pipeline().injector().faults());
        }
    }
}
