package dev.exobindings.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.exobindings.simulator.CallJournal;
import dev.exobindings.simulator.RecordedCall;
import dev.exobindings.simulator.SimulatorCounters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The simulator's own control endpoints, for a client in another process (the {@code simulate} command):
 * <ul>
 *   <li>{@code GET /_sim/counters} — every counter as a JSON object (the keys of {@code SimulatorCounters.asMap()});</li>
 *   <li>{@code GET /_sim/journal[?cmdlet=Get-Mailbox]} — the recorded InvokeCommand calls, oldest first;</li>
 *   <li>{@code DELETE /_sim/counters}, {@code DELETE /_sim/journal}, {@code POST /_sim/reset} (both) — start over.</li>
 * </ul>
 * They are not part of the service's protocol, so no fault, counter or token applies to them.
 */
public final class SimControlHandler implements HttpHandler {
    /** The context path. */
    public static final String PATH = "/_sim";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final SimulatorCounters counters;
    private final CallJournal journal;

    public SimControlHandler(SimulatorCounters counters, CallJournal journal) {
        this.counters = counters;
        this.journal = journal;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String resource = exchange.getRequestURI().getPath().substring(PATH.length()).replaceAll("/+$", "")
                    .toLowerCase(Locale.ROOT);
            switch (method + " " + resource) {
                case "GET /counters" -> send(exchange, 200, countersJson());
                case "GET /journal" -> send(exchange, 200, journalJson(query(exchange, "cmdlet")));
                case "DELETE /counters" -> {
                    counters.reset();
                    send(exchange, 200, countersJson());
                }
                case "DELETE /journal" -> {
                    journal.clear();
                    send(exchange, 200, journalJson(null));
                }
                case "POST /reset" -> {
                    counters.reset();
                    journal.clear();
                    send(exchange, 200, F.objectNode().put("reset", true));
                }
                default -> send(exchange, 404, F.objectNode().put("error", method + " " + PATH + resource
                        + " is not a simulator control endpoint; use GET " + PATH + "/counters, GET " + PATH
                        + "/journal[?cmdlet=…], DELETE " + PATH + "/counters, DELETE " + PATH + "/journal or POST "
                        + PATH + "/reset"));
            }
        }
    }

    private ObjectNode countersJson() {
        ObjectNode node = F.objectNode();
        counters.asMap().forEach(node::put);
        return node;
    }

    private ArrayNode journalJson(String cmdlet) {
        List<RecordedCall> calls = cmdlet == null ? journal.calls() : journal.calls(cmdlet);
        ArrayNode array = F.arrayNode();
        for (RecordedCall call : calls) {
            ObjectNode item = array.addObject();
            item.put("cmdlet", call.cmdlet());
            item.set("parameters", parameters(call.parametersJson()));
            ObjectNode headers = item.putObject("headers");
            call.headers().forEach(headers::put);
            item.put("batched", call.batched());
            item.put("continuation", call.continuation());
            item.put("status", call.status());
        }
        return array;
    }

    private static JsonNode parameters(String json) {
        try {
            return json == null ? F.nullNode() : ExchangeIO.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return F.textNode(json); // kept as the client sent it
        }
    }

    private static String query(HttpExchange exchange, String name) {
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return null;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = ExchangeIO.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
