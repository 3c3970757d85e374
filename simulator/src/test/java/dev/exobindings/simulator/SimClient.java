package dev.exobindings.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Test helper: JDK HttpClient calls against a simulator, as a REST client of the service would make them. */
final class SimClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExoSimulator simulator;
    private final String token;

    SimClient(ExoSimulator simulator, String token) {
        this.simulator = simulator;
        this.token = token;
    }

    /** Reply of one call. */
    record Reply(int status, HttpResponse<String> raw, JsonNode json) {
        JsonNode value() {
            return json.path("value");
        }

        JsonNode error() {
            return json.path("error");
        }

        /** The JSON-serialised exception inside error.details[0].message. */
        JsonNode detailException() {
            try {
                return JSON.readTree(error().path("details").get(0).path("message").asText());
            } catch (IOException e) {
                throw new AssertionError("details[0].message is not JSON: " + json, e);
            }
        }
    }

    static String body(String cmdlet, String parametersJson) {
        return "{\"CmdletInput\":{\"CmdletName\":\"" + cmdlet + "\",\"Parameters\":" + parametersJson + "}}";
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    Reply invoke(String cmdlet, String parametersJson) {
        return post(simulator.invokeCommandUri(), body(cmdlet, parametersJson), null);
    }

    Reply invoke(String cmdlet, ObjectNode parameters) {
        return invoke(cmdlet, parameters.toString());
    }

    Reply post(URI uri, String body, Integer maxPageSize) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("X-ResponseFormat", "json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (maxPageSize != null) {
            request.header("Prefer", "odata.maxpagesize=" + maxPageSize);
        }
        return send(request.build());
    }

    Reply get(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() || !response.headers().firstValue("Content-Type")
                    .orElse("").startsWith("application/json") ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    HttpClient http() {
        return http;
    }
}
