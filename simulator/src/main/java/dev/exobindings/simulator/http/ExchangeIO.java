package dev.exobindings.simulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.exobindings.simulator.Faults;
import dev.exobindings.simulator.protocol.SimResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Writes a {@link SimResponse} to an exchange, gzip-compressed when the client accepts it, optionally trickled. */
final class ExchangeIO {
    static final ObjectMapper JSON = new ObjectMapper();

    private ExchangeIO() {
    }

    static void write(HttpExchange exchange, SimResponse response, boolean slow, boolean gzip, Faults faults)
            throws IOException {
        byte[] body = response.json() != null ? JSON.writeValueAsBytes(response.json())
                : response.text().getBytes(StandardCharsets.UTF_8);
        if (gzip && body.length > 0) {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
            try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
                out.write(body);
            }
            body = compressed.toByteArray();
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        if (!slow) {
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            return;
        }
        exchange.sendResponseHeaders(response.status(), 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int start = 0; start < body.length; start += faults.slowChunkBytes()) {
                out.write(body, start, Math.min(faults.slowChunkBytes(), body.length - start));
                out.flush();
                sleep(faults.slowChunkDelay().toMillis());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown to make the JDK server drop the connection without a response (a simulated reset). */
    static final class AbortExchange extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AbortExchange() {
            super("simulated connection reset", null, false, false);
        }
    }
}
