package dev.exobindings.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.exobindings.metadata.io.JsonErrors;
import dev.exobindings.simulator.FaultKind;
import dev.exobindings.simulator.cmdlets.CallerRole;
import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.InvokeRequestParser;
import dev.exobindings.simulator.protocol.ResponseHeaders;
import dev.exobindings.simulator.protocol.ServiceError;
import dev.exobindings.simulator.protocol.SimResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Routes {@code /adminapi/{version}/{tenant}/{InvokeCommand|$batch|EXOModuleFile}} (case-insensitive) after the
 * HTTP-level checks, in this order: fault plan (reset), concurrency limit, tenant, token, planned 429/5xx.
 */
public final class SimulatorHttpHandler implements HttpHandler {
    private final ServiceContext context;
    private final Supplier<String> baseUri;

    /** @param baseUri the simulator's base URI (known once the server is bound) */
    public SimulatorHttpHandler(ServiceContext context, Supplier<String> baseUri) {
        this.context = context;
        this.baseUri = baseUri;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // Read the whole request first: a response sent over an unread body makes the JDK server and client
            // drop the connection, which would slow every faulted call down.
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            FaultPlan plan = context.pipeline().injector().next();
            if (plan.failure() == FaultKind.RESET) {
                context.counters().recordFault(FaultKind.RESET);
                context.counters().recordHttp(0);
                throw new ExchangeIO.AbortExchange();
            }
            if (!context.concurrency().enter()) {
                context.counters().recordFault(FaultKind.CONCURRENCY);
                respond(exchange, ErrorBodies.concurrencyLimited(context.pipeline().injector().faults()
                        .retryAfterSeconds()), false);
                return;
            }
            try {
                SimResponse response;
                try {
                    response = route(exchange, plan, body);
                } catch (ServiceError e) {
                    response = e.response();
                }
                if (plan.resetAfterApply()) {
                    context.counters().recordFault(FaultKind.RESET_AFTER_APPLY);
                    context.counters().recordHttp(0);
                    throw new ExchangeIO.AbortExchange();
                }
                if (plan.slowBody()) {
                    context.counters().recordFault(FaultKind.SLOW_BODY);
                }
                respond(exchange, response, plan.slowBody());
            } finally {
                context.concurrency().leave();
            }
        }
    }

    private SimResponse route(HttpExchange exchange, FaultPlan plan, byte[] body) {
        String path = exchange.getRequestURI().getPath();
        String[] segments = path.replaceAll("^/+|/+$", "").split("/");
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (segments.length != 4 || !segments[0].equalsIgnoreCase("adminapi")) {
            return ErrorBodies.noSuchEndpoint(method, path);
        }
        String tenant = segments[2];
        if (!tenant.equalsIgnoreCase(context.tenant().domains().initialDomain())
                && !tenant.equalsIgnoreCase(context.tenant().domains().defaultDomain())
                && !tenant.equalsIgnoreCase(context.tenant().tenantId())) {
            return ErrorBodies.unknownTenant(tenant);
        }
        if (!context.auth().accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return ErrorBodies.unauthorized();
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        CallerRole role = context.roles().ofAuthorization(authorization);
        String action = segments[3].toLowerCase(Locale.ROOT);
        String serviceRoot = baseUri.get() + "/adminapi/beta/" + tenant;
        if (method.equals("GET") && action.equals("exomodulefile")) {
            return moduleFile(role, exchange.getRequestHeaders().getFirst("CommandName"));
        }
        if (method.equals("GET") && action.equals("$metadata")) {
            return SimResponse.xml(200, ResponseHeaders.success(), context.moduleFiles().metadataXml());
        }
        if (!method.equals("POST") || !(action.equals("invokecommand") || action.equals("$batch"))) {
            return ErrorBodies.noSuchEndpoint(method, path);
        }
        if (action.equals("$batch")) {
            context.pipeline().delay(plan);
            SimResponse failure = context.pipeline().plannedFailure(plan);
            return failure != null ? failure : BatchEndpoint.handle(context, serviceRoot, readJson(body), role);
        }
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            return context.pipeline().run(InvokeRequestParser.parse(serviceRoot, exchange.getRequestURI().getRawQuery(),
                    headers, readJson(body), false), plan, role);
        } catch (ServiceError e) {
            context.counters().recordInvocation(e.response().status());
            return e.response();
        }
    }

    private SimResponse moduleFile(CallerRole role, String commandNames) {
        String text = context.moduleFiles().moduleText(role, commandNames);
        if (text == null) {
            // the real service refuses a caller without any Exchange role
            return ErrorBodies.forbidden("Get-EXOModuleFile");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode file = body.putArray("value").addObject();
        file.put("fileName", "ExchangeOnline.psm1");
        file.put("fileContent", text);
        return SimResponse.json(200, ResponseHeaders.success(), body);
    }

    private static JsonNode readJson(byte[] bytes) {
        try {
            return ExchangeIO.JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            // a limit of the parser (nesting deeper than 1000, a huge number) has no location
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": ";
            throw new ServiceError(ErrorBodies.badRequest("The request body is not valid JSON (" + where
                    + JsonErrors.describe(e) + "); received " + bytes.length + " bytes."));
        } catch (IOException e) {
            throw new ServiceError(ErrorBodies.badRequest("The request body cannot be read: " + e.getMessage()));
        }
    }

    private void respond(HttpExchange exchange, SimResponse response, boolean slow) throws IOException {
        context.counters().recordHttp(response.status());
        String acceptEncoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
        ExchangeIO.write(exchange, response, slow, gzip, context.pipeline().injector().faults());
    }
}
